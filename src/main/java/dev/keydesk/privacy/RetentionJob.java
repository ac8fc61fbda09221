package dev.keydesk.privacy;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the retention once a day on one node only (ShedLock, see dev.keydesk.base.jobs). Holding the
 * lock for at least five minutes keeps a node whose schedule fires a little later from running it again.
 */
@Component
public class RetentionJob {

    static final String NAME = "personal-data-retention";

    private final PersonalDataRetention retention;

    RetentionJob(PersonalDataRetention retention) {
        this.retention = retention;
    }

    @Scheduled(cron = "${keydesk.privacy.schedule:" + PrivacyProperties.DEFAULT_SCHEDULE + "}", zone = "UTC")
    @SchedulerLock(name = NAME, lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
    public void run() {
        retention.apply();
    }
}
