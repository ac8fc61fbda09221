package dev.keydesk.base.data;

import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that cannot be reached (down, restarting, pool timed out) from a bug. The first
 * is answered "temporarily unavailable" and goes away by itself; the second stays an internal error.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /** True when {@code error}, or any of its causes, says the database could not be reached or lost the connection. */
    public static boolean isCause(@Nullable Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (isConnectionFailure(cause)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static boolean isConnectionFailure(Throwable error) {
        return error instanceof CannotCreateTransactionException
                || error instanceof DataAccessResourceFailureException
                || error instanceof TransientDataAccessResourceException
                || error instanceof RecoverableDataAccessException
                || error instanceof SQLTransientConnectionException
                || error instanceof SQLNonTransientConnectionException
                || error instanceof SQLRecoverableException
                || error instanceof SocketException
                || error instanceof SQLException sql && isConnectionState(sql.getSQLState());
    }

    /**
     * SQLSTATE classes of a lost or refused connection: 08 (connection exception), 53 (insufficient
     * resources, e.g. too many connections), 57P (the server is shutting down or starting up).
     */
    private static boolean isConnectionState(@Nullable String state) {
        return state != null && (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P"));
    }
}
