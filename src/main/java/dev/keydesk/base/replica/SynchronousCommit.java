package dev.keydesk.base.replica;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes the current transaction's commit wait until every synchronous standby has applied it
 * ({@code SET LOCAL synchronous_commit = remote_apply}), for every transaction that creates a key or changes
 * whether or how one may be used. The application role's default is {@code local}, so every other write
 * commits without waiting for a replica (docs/operations.md). It runs on every PostgreSQL node, with or without
 * a replica of its own: the other nodes may read one. On H2 there are no replicas and no SQL is sent, but
 * the mark is still kept, so {@link #requireRemoteApply()} catches a forgotten call in every test.
 */
@Component
public class SynchronousCommit {

    private final DataSource dataSource;
    private volatile Boolean postgres;

    SynchronousCommit(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Call first in the transaction of such a change; once is enough, twice is harmless. */
    public void remoteApply() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("A key-use change must run in a transaction");
        }
        if (isMarked()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            if (isPostgres(connection)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("set local synchronous_commit = remote_apply");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not ask for a synchronous commit", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        // Synchronizations belong to one transaction: a REQUIRES_NEW transaction inside starts without the mark.
        TransactionSynchronizationManager.registerSynchronization(new Mark());
    }

    /** For the writes themselves: refuses to change a key's use in a transaction that did not ask to wait. */
    public void requireRemoteApply() {
        if (!isMarked()) {
            throw new IllegalStateException("This change to whether or how a key may be used must wait for the "
                    + "replicas: call SynchronousCommit.remoteApply() first in its transaction");
        }
    }

    private static boolean isMarked() {
        return TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.getSynchronizations().stream().anyMatch(Mark.class::isInstance);
    }

    private boolean isPostgres(Connection connection) throws SQLException {
        Boolean known = postgres;
        if (known == null) {
            known = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
            postgres = known;
        }
        return known;
    }

    private static final class Mark implements TransactionSynchronization {
    }
}
