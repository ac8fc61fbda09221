package dev.keydesk.twofactor;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * {@code java -jar keydesk.jar --reset-two-factor=<username> --reason="<why>"}: the operator's way to switch
 * off the two-factor of a user no support user can help, above all the last support user who lost phone and
 * recovery codes. No web server, no Spring context, no encryption key: it opens the database Keydesk uses
 * (KEYDESK_DB_URL, or the H2 files in --data-dir / KEYDESK_DATA_DIR), and in one transaction deletes the
 * user's factor and recovery codes and records "Two-factor reset" by "Operator" with the reason.
 */
public final class ResetTwoFactorCommand {

    public static final String COMMAND = "--reset-two-factor=";
    static final int DONE = 0;
    static final int REFUSED = 1;
    static final int USAGE = 2;
    static final String ACTOR = "Operator";

    private static final String USAGE_TEXT = """
            Usage: java -jar keydesk.jar --reset-two-factor=<username> --reason="<why, 3 to 500 characters>"
              The database comes from KEYDESK_DB_URL, KEYDESK_DB_USER and KEYDESK_DB_PASSWORD (production),
              or else the H2 files in --data-dir=<folder> or KEYDESK_DATA_DIR (default ./data; stop Keydesk first).""";

    private final PrintStream out;
    private final PrintStream err;

    ResetTwoFactorCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static boolean isRequested(String[] args) {
        return Arrays.stream(args).anyMatch(arg -> arg.startsWith(COMMAND));
    }

    /** Runs the command with the process's environment; returns the exit status. */
    public static int run(String[] args) {
        return new ResetTwoFactorCommand(System.out, System.err).run(args, System.getenv());
    }

    int run(String[] args, Map<String, String> environment) {
        String username = option(args, COMMAND).map(String::strip).orElse("");
        String reason = option(args, "--reason=").map(String::strip).orElse("");
        if (username.isEmpty() || reason.length() < TwoFactorReset.REASON_MIN_LENGTH
                || reason.length() > TwoFactorReset.REASON_MAX_LENGTH) {
            err.println(username.isEmpty() ? "Name the user: --reset-two-factor=<username>."
                    : "Give a reason of " + TwoFactorReset.REASON_MIN_LENGTH + " to " + TwoFactorReset.REASON_MAX_LENGTH
                            + " characters: --reason=\"...\" (it goes into the activity log).");
            err.println(USAGE_TEXT);
            return USAGE;
        }
        String url = blankToNull(environment.get("KEYDESK_DB_URL"));
        String user = blankToNull(environment.get("KEYDESK_DB_USER"));
        String password = blankToNull(environment.get("KEYDESK_DB_PASSWORD"));
        if (url == null) {
            // The embedded database's own account (application.properties).
            user = "sa";
            password = "";
            String folder = option(args, "--data-dir=").or(() -> Optional.ofNullable(blankToNull(
                    environment.get("KEYDESK_DATA_DIR")))).orElse("./data");
            url = "jdbc:h2:file:" + folder + "/keydesk;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                    + "IFEXISTS=TRUE";
        }
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            return reset(connection, username, reason);
        } catch (SQLException e) {
            err.println("Nothing was changed: the database could not be used (" + e.getMessage() + ").");
            return REFUSED;
        }
    }

    private int reset(Connection connection, String username, String reason) throws SQLException {
        connection.setAutoCommit(false);
        try {
            Optional<UUID> userId = userId(connection, username);
            if (userId.isEmpty()) {
                connection.rollback();
                err.println("Nothing was changed: there is no user " + username + ".");
                return REFUSED;
            }
            boolean enabled = count(connection, "select count(*) from user_second_factor where user_id = ? "
                    + "and enabled_at is not null", userId.get()) > 0;
            update(connection, "delete from recovery_code where user_id = ?", userId.get());
            update(connection, "delete from user_second_factor where user_id = ?", userId.get());
            if (!enabled) {
                connection.commit();
                err.println("Nothing was changed: " + username + " has no two-factor authentication.");
                return REFUSED;
            }
            record(connection, userId.get(), username, reason);
            connection.commit();
            out.println("Two-factor authentication of " + username + " reset; they sign in with their password "
                    + "alone until they set it up again. Recorded as \"Two-factor reset\" by " + ACTOR + ".");
            return DONE;
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    private static Optional<UUID> userId(Connection connection, String username) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select id from app_user where lower(username) = lower(?) for update")) {
            select.setString(1, username);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getObject(1, UUID.class)) : Optional.empty();
            }
        }
    }

    /** One "Two-factor reset" row in each of the user's accounts (support users: one row without an account). */
    private static void record(Connection connection, UUID userId, String username, String reason) throws SQLException {
        List<@Nullable UUID> accounts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select account_id from membership where user_id = ? order by account_id")) {
            select.setObject(1, userId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    accounts.add(rows.getObject(1, UUID.class));
                }
            }
        }
        if (accounts.isEmpty()) {
            accounts.add(null);
        }
        for (UUID accountId : accounts) {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into audit_event (id, occurred_at, actor_id, actor_label, account_id, action, details, reason)
                    values (?, ?, null, ?, ?, 'TWO_FACTOR_RESET', ?, ?)""")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
                insert.setString(3, ACTOR);
                insert.setObject(4, accountId);
                insert.setString(5, "Two-factor of " + username + " reset");
                insert.setString(6, reason);
                insert.executeUpdate();
            }
        }
    }

    private static int count(Connection connection, String sql, UUID userId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, userId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static void update(Connection connection, String sql, UUID userId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, userId);
            statement.executeUpdate();
        }
    }

    private static Optional<String> option(String[] args, String prefix) {
        return Arrays.stream(args).filter(arg -> arg.startsWith(prefix)).map(arg -> arg.substring(prefix.length()))
                .findFirst();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
