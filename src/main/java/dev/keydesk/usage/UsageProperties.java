package dev.keydesk.usage;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of usage metering ({@code keydesk.usage.*}); defaults in application.properties.
 *
 * @param maxBody the largest body POST /api/v1/usage reads (1,000 events of about 250 bytes fit well)
 * @param dedupeWindow how long event ids are remembered; longer than {@code maxAge} plus {@code futureTolerance},
 *         so an event resent after its id was pruned is already refused as too old
 * @param maxAge events that occurred longer ago are refused ({@code too_old})
 * @param futureTolerance how far ahead of this node's clock {@code occurred_at} may be (clock skew)
 * @param pruneBatchSize how many expired ids one DELETE removes at most (short transactions, small locks)
 */
@ConfigurationProperties("keydesk.usage")
public record UsageProperties(DataSize maxBody, Duration dedupeWindow, Duration maxAge, Duration futureTolerance,
        int pruneBatchSize) {

    public UsageProperties {
        if (dedupeWindow.compareTo(maxAge.plus(futureTolerance)) <= 0) {
            throw new IllegalArgumentException("keydesk.usage.dedupe-window must be longer than max-age plus "
                    + "future-tolerance, or a resent event could count twice");
        }
        if (pruneBatchSize < 1) {
            throw new IllegalArgumentException("keydesk.usage.prune-batch-size must be at least 1");
        }
    }
}
