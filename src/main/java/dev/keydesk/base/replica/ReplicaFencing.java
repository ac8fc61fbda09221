package dev.keydesk.base.replica;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a synchronous standby out of the primary's {@code synchronous_standby_names}, and puts it back, without
 * a moment in which a revocation has returned while a node still reads a replica that lacks it:
 * <ol>
 * <li>fence: a {@code replica_fence} row (committed locally: it must not wait for the stalled replica), so no
 * lease on it is renewed; wait one lease and a margin, so every lease granted before the fence has run out;
 * only then remove it from the set, which releases the commits that were waiting for it;</li>
 * <li>readmit: add it to the set first (from then on every commit waits for it), let every WAL sender reload,
 * wait until it has replayed everything written before, and only then delete the fence row.</li>
 * </ol>
 * One node at a time (a session advisory lock); the application role needs {@code ALTER SYSTEM} on
 * {@code synchronous_standby_names}, {@code pg_reload_conf()} and {@code pg_monitor} (docs/operations.md).
 */
final class ReplicaFencing {

    private static final Logger log = LoggerFactory.getLogger(ReplicaFencing.class);
    /** The advisory lock of fencing and readmission ("keydesk" and 1). */
    private static final long LOCK = 0x6b65796465736b01L;
    /** How long every WAL sender and the checkpointer get to reload the configuration. */
    private static final Duration SETTLE = Duration.ofSeconds(1);

    private final DataSource primary;
    private final Duration leaseAndMargin;
    private final Duration catchUpLimit;

    ReplicaFencing(DataSource primary, ReplicaProperties properties) {
        this.primary = primary;
        // A tenth for clock rate differences between nodes, and a second for the renewal's own query.
        this.leaseAndMargin = properties.lease().plus(properties.lease().dividedBy(10)).plusSeconds(1);
        this.catchUpLimit = properties.fenceAfter();
    }

    /** True when the standby is out of the set (or someone else holds the lock: try again later). */
    boolean fence(String name) throws SQLException, InterruptedException {
        String standby = name.toLowerCase(Locale.ROOT);
        try (Connection connection = primary.getConnection()) {
            if (!tryLock(connection)) {
                return false;
            }
            try {
                update(connection, "insert into replica_fence (name, fenced_at) select ?, current_timestamp "
                        + "where not exists (select 1 from replica_fence where name = ?)", standby, standby);
                log.warn("Replica {} is fenced: nodes stop reading it; it leaves the synchronous set in {} s", standby,
                        leaseAndMargin.toMillis() / 1000.0);
                Thread.sleep(leaseAndMargin);
                StandbyNames names = names(connection);
                if (names.contains(standby)) {
                    setNames(connection, names.without(standby));
                    log.warn("Replica {} left the synchronous set; commits no longer wait for it", standby);
                }
                return true;
            } finally {
                unlock(connection);
            }
        }
    }

    /** True when the standby is back in the set and its fence is gone; false to try again later. */
    boolean readmit(String name, Lsns standbyReplay) throws SQLException, InterruptedException {
        String standby = name.toLowerCase(Locale.ROOT);
        try (Connection connection = primary.getConnection()) {
            if (!tryLock(connection)) {
                return false;
            }
            try {
                StandbyNames names = names(connection);
                if (!names.requires(standby)) {
                    setNames(connection, names.with(standby));
                }
                Thread.sleep(SETTLE);
                Lsn written = Lsn.parse(text(connection, "select pg_current_wal_lsn()::text"));
                long deadline = System.nanoTime() + catchUpLimit.toNanos();
                while (!standbyReplay.of(standby).map(replayed -> !replayed.isBefore(written)).orElse(false)) {
                    if (System.nanoTime() - deadline > 0) {
                        // Still fenced, so nobody reads it: it may leave the set again at once.
                        setNames(connection, names(connection).without(standby));
                        log.warn("Replica {} did not catch up within {}; it stays fenced", standby, catchUpLimit);
                        return false;
                    }
                    Thread.sleep(100);
                }
                update(connection, "delete from replica_fence where name = ?", standby);
                log.warn("Replica {} is back in the synchronous set and may serve key lookups again", standby);
                return true;
            } finally {
                unlock(connection);
            }
        }
    }

    /** A standby's replay position as the primary sees it, if it is streaming. */
    interface Lsns {
        Optional<Lsn> of(String standby);
    }

    private static StandbyNames names(Connection connection) throws SQLException {
        return StandbyNames.parse(text(connection, "select current_setting('synchronous_standby_names')"));
    }

    private static void setNames(Connection connection, StandbyNames names) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // ALTER SYSTEM takes no parameters; the value is ours (names PostgreSQL listed), quotes doubled.
            statement.execute("alter system set synchronous_standby_names = '"
                    + names.setting().replace("'", "''") + "'");
            statement.execute("select pg_reload_conf()");
        }
    }

    /** A write of the fence itself: committed without waiting for any standby, whatever the role's default. */
    private static void update(Connection connection, String sql, String... params) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement local = connection.createStatement();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            local.execute("set local synchronous_commit = local");
            for (int i = 0; i < params.length; i++) {
                statement.setString(i + 1, params[i]);
            }
            statement.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        return "t".equals(text(connection, "select pg_try_advisory_lock(" + LOCK + ")"));
    }

    private static void unlock(Connection connection) throws SQLException {
        text(connection, "select pg_advisory_unlock(" + LOCK + ")");
    }

    private static String text(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
