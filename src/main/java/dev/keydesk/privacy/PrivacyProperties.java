package dev.keydesk.privacy;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;

/**
 * Settings under {@code keydesk.privacy.*}: how long client addresses and user agents of sign-ins and
 * activity are kept, and when the job that forgets them runs (cron, UTC). The sign-in window must fit inside it, or the throttle would lose its counts.
 */
@ConfigurationProperties("keydesk.privacy")
public record PrivacyProperties(@DefaultValue("90d") Duration retention,
        @DefaultValue(PrivacyProperties.DEFAULT_SCHEDULE) String schedule) {

    /** Daily at 03:40 UTC, a quiet hour; the job's {@code @Scheduled} reads the same setting. */
    static final String DEFAULT_SCHEDULE = "0 40 3 * * *";

    public PrivacyProperties {
        if (retention.compareTo(Duration.ofDays(1)) < 0) {
            throw new IllegalArgumentException("keydesk.privacy.retention must be at least one day.");
        }
        if (!CronExpression.isValidExpression(schedule)) {
            throw new IllegalArgumentException("keydesk.privacy.schedule is not a cron expression: " + schedule);
        }
    }
}
