package dev.keydesk.base.replica;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Watches the primary's required synchronous standbys, on every PostgreSQL node: one that has been disconnected,
 * or behind the primary's WAL position of {@code fence-after} ago, is fenced and leaves the set (so revocations
 * stop waiting for it, and nobody reads it); a fenced one that streams and keeps up again is readmitted.
 * Nothing here ever cancels a waiting commit: that would make it visible on the primary while the replica
 * still lacks it.
 */
@Component
class StandbyWatchdog implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StandbyWatchdog.class);

    private final DataSource dataSource;
    private final JdbcClient primary;
    private final ReplicaProperties properties;
    private final ReplicaFencing fencing;
    /** The primary's WAL position each round: (nanoTime, position), oldest first. */
    private final List<Sample> written = new ArrayList<>();
    private final Map<String, Long> missingSince = new HashMap<>();
    private @Nullable ScheduledExecutorService executor;
    private volatile boolean failing;

    StandbyWatchdog(DataSource dataSource, JdbcClient primary, ReplicaProperties properties) {
        this.dataSource = dataSource;
        this.primary = primary;
        this.properties = properties;
        this.fencing = new ReplicaFencing(dataSource, properties);
    }

    /** One round: sample, then fence or readmit at most one standby. */
    void check() throws SQLException, InterruptedException {
        long now = System.nanoTime();
        Lsn current = Lsn.parse(primary.sql("select pg_current_wal_lsn()::text").query(String.class).single());
        written.add(new Sample(now, current));
        long window = properties.fenceAfter().toNanos();
        while (written.size() > 2 && now - written.get(1).at() >= window) {
            written.remove(0);
        }
        StandbyNames names = StandbyNames.parse(primary.sql("select current_setting('synchronous_standby_names')")
                .query(String.class).single());
        List<String> fenced = primary.sql("select name from replica_fence").query(String.class).list();
        Map<String, Optional<Lsn>> streaming = streaming();
        for (String name : names.names()) {
            String standby = name.toLowerCase(Locale.ROOT);
            if (!fenced.contains(standby) && stalled(standby, streaming, now, window)) {
                log.warn("Synchronous standby {} is {}; fencing it", standby,
                        streaming.containsKey(standby) ? "behind by more than " + properties.fenceAfter() : "disconnected");
                fencing.fence(standby);
                return;
            }
        }
        Lsn previous = written.size() > 1 ? written.get(written.size() - 2).position() : current;
        for (String standby : fenced) {
            Optional<Lsn> replayed = streaming.getOrDefault(standby, Optional.empty());
            if (replayed.isPresent() && !replayed.get().isBefore(previous)) {
                fencing.readmit(standby, of -> streaming().getOrDefault(of, Optional.empty()));
                return;
            }
        }
    }

    private boolean stalled(String standby, Map<String, Optional<Lsn>> streaming, long now, long window) {
        if (!streaming.containsKey(standby)) {
            long since = missingSince.computeIfAbsent(standby, name -> now);
            return now - since >= window;
        }
        missingSince.remove(standby);
        Sample oldest = written.get(0);
        Optional<Lsn> replayed = streaming.get(standby);
        // Unknown without pg_monitor: never fence on a guess.
        return replayed.isPresent() && now - oldest.at() >= window && replayed.get().isBefore(oldest.position());
    }

    /** Standbys connected and streaming, by application_name, with their replay position when visible. */
    private Map<String, Optional<Lsn>> streaming() {
        Map<String, Optional<Lsn>> found = new HashMap<>();
        primary.sql("select application_name, replay_lsn::text as replay from pg_stat_replication where state = 'streaming'")
                .query((rs, row) -> {
                    String replay = rs.getString("replay");
                    found.put(rs.getString("application_name").toLowerCase(Locale.ROOT),
                            Optional.ofNullable(replay).map(Lsn::parse));
                    return null;
                }).list();
        return found;
    }

    private void round() {
        try {
            check();
            if (failing) {
                log.info("Standby watchdog works again");
                failing = false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException | RuntimeException e) {
            if (!failing) {
                log.warn("Standby watchdog cannot check the synchronous standbys: {}", e.getMessage());
                failing = true;
            }
        }
    }

    @Override
    public void start() {
        if (properties.fenceAfter().isZero() || !isPostgres()) {
            return;
        }
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
                .name("keydesk-standby-watchdog").daemon().factory());
        long every = properties.renewInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::round, every, every, TimeUnit.MILLISECONDS);
        executor = scheduler;
    }

    private boolean isPostgres() {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            // No database at start: the application does not start either (Flyway), so this is never reached.
            return false;
        }
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    private record Sample(long at, Lsn position) {
    }
}
