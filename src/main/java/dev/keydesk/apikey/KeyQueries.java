package dev.keydesk.apikey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.keydesk.base.replica.KeyLookups;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read models of keys, in plain SQL: the listing and the single-lookup verification path. */
@Repository
class KeyQueries {

    private static final String SUMMARY = """
            select k.id, k.account_id, k.name, k.hint, k.status, k.created_at, u.username as created_by,
                   k.last_used_at, k.deactivated_at, k.deactivation_reason, k.leak_url, k.leak_source, k.expires_at,
                   k.permission_preset, k.text_generation_access, k.text_to_speech_access, k.speech_to_text_access,
                   k.agents_access, k.allowed_ips, k.secret_version,
                   (select max(s.expires_at) from key_secret s where s.key_id = k.id) as old_secret_expires_at
            from api_key k left join app_user u on u.id = k.created_by
            """;

    private static final KeyPermissions ALL = KeyPermissions.all();

    private final JdbcClient jdbc;
    private final KeyLookups lookups;

    KeyQueries(JdbcClient jdbc, KeyLookups lookups) {
        this.jdbc = jdbc;
        this.lookups = lookups;
    }

    List<ApiKeySummary> listed(UUID accountId) {
        return jdbc.sql(SUMMARY + "where k.account_id = ? and k.status <> 'DELETED' order by k.created_at desc, k.id")
                .param(accountId)
                .query(KeyQueries::summary)
                .list();
    }

    Optional<ApiKeySummary> summary(UUID keyId) {
        return jdbc.sql(SUMMARY + "where k.id = ?")
                .param(keyId)
                .query(KeyQueries::summary)
                .optional();
    }

    /**
     * The hot path: one indexed lookup of the secret by hash, joined to its key and account in the same
     * statement. Every check after it (status, expiry, addresses, permissions) is in memory. It reads this
     * node's replica when it may (see KeyLookups), otherwise the primary.
     */
    Optional<KeyRecord> byHash(String secretHash) {
        return lookups.read(db -> db.sql("""
                        select k.id, k.name, k.status, k.expires_at, s.expires_at as secret_expires_at,
                               k.permission_preset, k.text_generation_access, k.text_to_speech_access,
                               k.speech_to_text_access, k.agents_access, k.allowed_ips,
                               a.id as account_id, a.name as account_name, a.status as account_status
                        from key_secret s join api_key k on k.id = s.key_id join account a on a.id = k.account_id
                        where s.secret_hash = ?""")
                .param(secretHash)
                .query((rs, row) -> new KeyRecord(rs.getObject("id", UUID.class), rs.getString("name"),
                        ApiKeyStatus.valueOf(rs.getString("status")), instant(rs, "expires_at"),
                        instant(rs, "secret_expires_at"), permissions(rs), rs.getString("allowed_ips"),
                        rs.getObject("account_id", UUID.class), rs.getString("account_name"),
                        "ACTIVE".equals(rs.getString("account_status"))))
                .optional());
    }

    /** A key as verification sees it; {@code allowedIps} as stored (parsed only when a list exists). */
    record KeyRecord(UUID id, String name, ApiKeyStatus status, @Nullable Instant expiresAt,
            @Nullable Instant secretExpiresAt, KeyPermissions permissions, @Nullable String allowedIps,
            UUID accountId, String accountName, boolean accountActive) {
    }

    private static ApiKeySummary summary(ResultSet rs, int row) throws SQLException {
        return new ApiKeySummary(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                rs.getString("name"), rs.getString("hint"), ApiKeyStatus.valueOf(rs.getString("status")),
                Optional.ofNullable(instant(rs, "created_at")).orElseThrow(), rs.getString("created_by"),
                instant(rs, "last_used_at"), instant(rs, "deactivated_at"), rs.getString("deactivation_reason"),
                rs.getString("leak_url"), rs.getString("leak_source"), instant(rs, "expires_at"), permissions(rs),
                AllowedIps.fromStored(rs.getString("allowed_ips")), instant(rs, "old_secret_expires_at"),
                rs.getInt("secret_version"));
    }

    static KeyPermissions permissions(ResultSet rs) throws SQLException {
        KeyPermissions.Preset preset = KeyPermissions.Preset.valueOf(rs.getString("permission_preset"));
        if (preset == KeyPermissions.Preset.ALL) {
            return ALL;
        }
        Map<PlatformService, Access> access = new EnumMap<>(PlatformService.class);
        access.put(PlatformService.TEXT_GENERATION, Access.valueOf(rs.getString("text_generation_access")));
        access.put(PlatformService.TEXT_TO_SPEECH, Access.valueOf(rs.getString("text_to_speech_access")));
        access.put(PlatformService.SPEECH_TO_TEXT, Access.valueOf(rs.getString("speech_to_text_access")));
        access.put(PlatformService.AGENTS, Access.valueOf(rs.getString("agents_access")));
        return new KeyPermissions(preset, access);
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
