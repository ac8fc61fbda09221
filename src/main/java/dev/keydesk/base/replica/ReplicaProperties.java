package dev.keydesk.base.replica;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The optional read replica of key lookups ({@code keydesk.replica.*}; defaults in application.properties,
 * the prod profile reads {@code KEYDESK_DB_REPLICA_URL}, {@code _USER}, {@code _PASSWORD}).
 *
 * @param url JDBC URL of a streaming replica of the primary; blank: every lookup reads the primary
 * @param username blank: the primary's
 * @param password blank: the primary's
 * @param name the replica's name in the primary's {@code synchronous_standby_names} (its walreceiver's
 *     {@code application_name}); blank: the replica's own {@code cluster_name}
 * @param poolSize connections to the replica, per node
 * @param lease how long a node may read the replica after the primary last said it is in the synchronous set
 * @param renewInterval how often a node renews its lease (well below {@code lease})
 * @param fenceAfter how long a synchronous standby may be disconnected or behind before it is taken out of
 *     the synchronous set (after every lease on it has run out); zero: never automatically
 */
@ConfigurationProperties("keydesk.replica")
public record ReplicaProperties(@Nullable String url, @Nullable String username, @Nullable String password,
        @Nullable String name, int poolSize, Duration lease, Duration renewInterval, Duration fenceAfter) {

    public ReplicaProperties {
        if (poolSize < 1) {
            throw new IllegalArgumentException("keydesk.replica.pool-size must be at least 1");
        }
        if (!renewInterval.isPositive() || lease.compareTo(renewInterval.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException(
                    "keydesk.replica.lease must be at least twice keydesk.replica.renew-interval, which must be positive");
        }
        if (fenceAfter.isNegative()) {
            throw new IllegalArgumentException("keydesk.replica.fence-after must not be negative");
        }
    }

    public boolean configured() {
        return url != null && !url.isBlank();
    }
}
