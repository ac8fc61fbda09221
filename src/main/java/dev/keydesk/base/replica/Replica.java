package dev.keydesk.base.replica;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * This node's read replica: a small read-only pool of its own, and the lease that says whether it may be read
 * now. The pool starts without connecting, so a node starts (and reads the primary) while its replica is down.
 */
final class Replica implements AutoCloseable {

    private final AutoCloseable pool;
    private final JdbcClient jdbc;
    private final ReplicaLease lease;

    static Replica connect(ReplicaProperties properties, String username, String password) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("keydesk-replica");
        config.setJdbcUrl(properties.url());
        config.setUsername(username);
        config.setPassword(password);
        config.setMaximumPoolSize(properties.poolSize());
        config.setReadOnly(true);
        // A replica that does not answer costs a lookup this long before it falls back to the primary.
        config.setConnectionTimeout(1000);
        config.setValidationTimeout(500);
        config.setInitializationFailTimeout(-1);
        HikariDataSource dataSource = new HikariDataSource(config);
        return new Replica(JdbcClient.create(dataSource), new ReplicaLease(properties.lease(), System::nanoTime),
                dataSource);
    }

    Replica(JdbcClient jdbc, ReplicaLease lease, AutoCloseable pool) {
        this.jdbc = jdbc;
        this.lease = lease;
        this.pool = pool;
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    ReplicaLease lease() {
        return lease;
    }

    @Override
    public void close() throws Exception {
        lease.revoke();
        pool.close();
    }
}
