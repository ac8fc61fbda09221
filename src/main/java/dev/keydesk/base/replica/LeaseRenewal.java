package dev.keydesk.base.replica;

import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Renews this node's lease on its replica while the primary says that every commit waits for that replica
 * (it is a required synchronous standby) and that nobody is taking it out of that set (no fence row); the
 * replica must answer, as a standby. Anything else, an error included, ends the lease: lookups read the
 * primary. Its own thread, so a busy scheduler never delays a renewal; a late renewal only means primary reads.
 */
final class LeaseRenewal implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LeaseRenewal.class);

    private final Replica replica;
    private final JdbcClient primary;
    private final ReplicaProperties properties;
    private @Nullable ScheduledExecutorService executor;
    private volatile String state = "starting";

    LeaseRenewal(Replica replica, JdbcClient primary, ReplicaProperties properties) {
        this.replica = replica;
        this.primary = primary;
        this.properties = properties;
    }

    /** One renewal; what it decided, for the log and the tests. */
    String renew() {
        ReplicaLease lease = replica.lease();
        try {
            Standby standby = replica.jdbc().sql("select current_setting('cluster_name') as name, pg_is_in_recovery() as standby")
                    .query((rs, row) -> new Standby(rs.getString("name"), rs.getBoolean("standby"))).single();
            String name = properties.name() == null || properties.name().isBlank() ? standby.name() : properties.name();
            if (!standby.inRecovery()) {
                return refuse(lease, "the replica is not a standby (pg_is_in_recovery() is false)");
            }
            if (name == null || name.isBlank()) {
                return refuse(lease, "the replica has no name: set cluster_name on it, or keydesk.replica.name");
            }
            long askedAt = lease.now();
            Primary said = primary.sql("""
                            select current_setting('synchronous_standby_names') as names,
                                   exists(select 1 from replica_fence where name = ?) as fenced""")
                    .param(name.toLowerCase(Locale.ROOT))
                    .query((rs, row) -> new Primary(rs.getString("names"), rs.getBoolean("fenced"))).single();
            if (said.fenced()) {
                return refuse(lease, "replica " + name + " is fenced (being taken out of the synchronous set)");
            }
            if (!StandbyNames.parse(said.names()).requires(name)) {
                return refuse(lease, "replica " + name + " is not a required synchronous standby of the primary "
                        + "(synchronous_standby_names = '" + said.names() + "')");
            }
            lease.grant(askedAt);
            return change("reading replica " + name, false);
        } catch (RuntimeException e) {
            return refuse(lease, "the lease could not be renewed: " + e.getMessage());
        }
    }

    private String refuse(ReplicaLease lease, String why) {
        lease.revoke();
        return change("reading the primary: " + why, true);
    }

    private String change(String now, boolean warn) {
        if (!now.equals(state)) {
            if (warn) {
                log.warn("Key lookups: {}", now);
            } else {
                log.info("Key lookups: {}", now);
            }
            state = now;
        }
        return now;
    }

    @Override
    public void start() {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
                .name("keydesk-replica-lease").daemon().factory());
        long every = properties.renewInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::renew, 0, every, TimeUnit.MILLISECONDS);
        executor = scheduler;
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
        replica.lease().revoke();
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    private record Standby(@Nullable String name, boolean inRecovery) {
    }

    private record Primary(String names, boolean fenced) {
    }
}
