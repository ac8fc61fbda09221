package dev.keydesk.apikey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read models of keys, in plain SQL: the listing and the single-lookup verification path. */
@Repository
class KeyQueries {

    private final JdbcClient jdbc;

    KeyQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ApiKeySummary> listed(UUID accountId) {
        return jdbc.sql("""
                        select k.id, k.account_id, k.name, k.hint, k.status, k.created_at, u.username as created_by,
                               k.last_used_at, k.deactivated_at, k.deactivation_reason, k.leak_url, k.leak_source
                        from api_key k left join app_user u on u.id = k.created_by
                        where k.account_id = ? and k.status <> 'DELETED'
                        order by k.created_at desc, k.id""")
                .param(accountId)
                .query(KeyQueries::summary)
                .list();
    }

    Optional<ApiKeySummary> summary(UUID keyId) {
        return jdbc.sql("""
                        select k.id, k.account_id, k.name, k.hint, k.status, k.created_at, u.username as created_by,
                               k.last_used_at, k.deactivated_at, k.deactivation_reason, k.leak_url, k.leak_source
                        from api_key k left join app_user u on u.id = k.created_by
                        where k.id = ?""")
                .param(keyId)
                .query(KeyQueries::summary)
                .optional();
    }

    /** The hot path: one indexed lookup by hash, joined to the account's name. */
    Optional<KeyRecord> byHash(String secretHash) {
        return jdbc.sql("""
                        select k.id, k.name, k.status, k.expires_at, a.id as account_id, a.name as account_name,
                               a.status as account_status
                        from api_key k join account a on a.id = k.account_id
                        where k.secret_hash = ?""")
                .param(secretHash)
                .query((rs, row) -> new KeyRecord(rs.getObject("id", UUID.class), rs.getString("name"),
                        ApiKeyStatus.valueOf(rs.getString("status")), instant(rs, "expires_at"),
                        rs.getObject("account_id", UUID.class), rs.getString("account_name"),
                        "ACTIVE".equals(rs.getString("account_status"))))
                .optional();
    }

    record KeyRecord(UUID id, String name, ApiKeyStatus status, @Nullable Instant expiresAt, UUID accountId,
            String accountName, boolean accountActive) {
    }

    private static ApiKeySummary summary(ResultSet rs, int row) throws SQLException {
        return new ApiKeySummary(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                rs.getString("name"), rs.getString("hint"), ApiKeyStatus.valueOf(rs.getString("status")),
                Optional.ofNullable(instant(rs, "created_at")).orElseThrow(), rs.getString("created_by"),
                instant(rs, "last_used_at"), instant(rs, "deactivated_at"), rs.getString("deactivation_reason"),
                rs.getString("leak_url"), rs.getString("leak_source"));
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
