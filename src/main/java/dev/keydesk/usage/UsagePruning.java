package dev.keydesk.usage;

import java.time.Clock;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets event ids once they are older than the dedupe window, on one node at a time (ShedLock, see
 * base/jobs). Each DELETE removes a bounded batch of expired ids (short transactions); were two nodes to run
 * at once, they would only repeat each other's work, never undo it. An id resent after it was forgotten counts
 * again only if its event is still young enough, which the window's margin over max-age rules out.
 */
@Component
class UsagePruning {

    private static final Logger log = LoggerFactory.getLogger(UsagePruning.class);

    private final UsageQueries queries;
    private final UsageProperties properties;
    private final Clock clock;

    UsagePruning(UsageQueries queries, UsageProperties properties, Clock clock) {
        this.queries = queries;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${keydesk.usage.prune-schedule}", zone = "UTC")
    @SchedulerLock(name = "usage-id-pruning", lockAtLeastFor = "PT1M")
    void scheduled() {
        int removed = prune();
        if (removed > 0) {
            log.info("Pruned {} usage event ids older than {}", removed, properties.dedupeWindow());
        }
    }

    /** Removes every id received before the window; returns how many this call removed. */
    int prune() {
        Instant before = clock.instant().minus(properties.dedupeWindow());
        int total = 0;
        int removed;
        do {
            removed = queries.pruneIds(before, properties.pruneBatchSize());
            total += removed;
        } while (removed == properties.pruneBatchSize());
        return total;
    }
}
