package db.migration.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import dev.keydesk.base.text.DisplayText;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Flyway migration V5 (sign-up protection), in Java because its data step must compute name keys exactly
 * as the application does (NFC, Unicode case and white space), which neither H2 nor PostgreSQL can do in
 * SQL alike. It lives in the package of its location (db/migration/common), so every Flyway finds it
 * beside the SQL files: the application's on start and the H2-to-PostgreSQL copy's alike. Flyway's
 * naming, not Java's, decides the class name.
 *
 * <p>Existing accounts may share a name (sign-up never refused duplicates before). The oldest keeps the
 * name's key; later duplicates get NULL, which a unique constraint allows any number of times on both
 * databases, so the migration never fails on old data and the name stays taken for new sign-ups. Listed
 * keys get their NFC key where that collides with no other key of the account.
 */
public class V5__sign_up_protection extends BaseJavaMigration {

    private static final String[] TABLES = {
        "alter table account add column name_key varchar(200)",
        // One row per client network, locked while a sign-up from it counts (SignUpThrottle).
        "create table sign_up_network (network varchar(64) primary key)",
        """
        create table sign_up_record (
            id          uuid primary key,
            network     varchar(64) not null,
            created_at  timestamp with time zone not null
        )""",
        "create index sign_up_record_network_time_idx on sign_up_record (network, created_at)",
        """
        create table pending_sign_up (
            id                uuid primary key,
            token_hash        char(64)     not null,
            organization      varchar(200) not null,
            organization_key  varchar(200) not null,
            username          varchar(64)  not null,
            username_key      varchar(64)  not null,
            email             varchar(320) not null,
            password_hash     varchar(255) not null,
            created_at        timestamp with time zone not null,
            expires_at        timestamp with time zone not null,
            constraint pending_sign_up_token_unique unique (token_hash),
            constraint pending_sign_up_organization_unique unique (organization_key),
            constraint pending_sign_up_username_unique unique (username_key)
        )""",
        "create index pending_sign_up_expiry_idx on pending_sign_up (expires_at)",
    };

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            for (String sql : TABLES) {
                statement.execute(sql);
            }
            keyAccountNames(connection);
            statement.execute("alter table account add constraint account_name_key_unique unique (name_key)");
            rekeyKeyNames(connection);
            if (connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                // Sign-up asks "does a user have this email?" (SignUpChecks); H2's sizes need no index.
                statement.execute("create index app_user_email_lower_idx on app_user (lower(email))");
            }
        }
    }

    private static void keyAccountNames(Connection connection) throws SQLException {
        Set<String> seen = new HashSet<>();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("select id, name from account order by created_at, id");
                PreparedStatement update = connection.prepareStatement(
                        "update account set name_key = ? where id = ?")) {
            while (rows.next()) {
                String key = DisplayText.comparisonKey(rows.getString("name"));
                if (seen.add(key)) {
                    update.setString(1, key);
                    update.setObject(2, rows.getObject("id", UUID.class));
                    update.addBatch();
                }
            }
            update.executeBatch();
        }
    }

    /** Keys named before names were NFC: their comparison key becomes NFC unless another key holds it. */
    private static void rekeyKeyNames(Connection connection) throws SQLException {
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery(
                        "select id, account_id, name, name_key from api_key where name_key is not null");
                PreparedStatement taken = connection.prepareStatement(
                        "select count(*) from api_key where account_id = ? and name_key = ?");
                PreparedStatement update = connection.prepareStatement(
                        "update api_key set name_key = ? where id = ?")) {
            while (rows.next()) {
                String nfcKey = DisplayText.caseInsensitiveKey(rows.getString("name"));
                if (nfcKey.equals(rows.getString("name_key"))) {
                    continue;
                }
                taken.setObject(1, rows.getObject("account_id", UUID.class));
                taken.setString(2, nfcKey);
                try (ResultSet count = taken.executeQuery()) {
                    if (count.next() && count.getInt(1) > 0) {
                        continue;
                    }
                }
                update.setString(1, nfcKey);
                update.setObject(2, rows.getObject("id", UUID.class));
                update.executeUpdate();
            }
        }
    }
}
