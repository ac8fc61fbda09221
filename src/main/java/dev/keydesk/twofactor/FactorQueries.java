package dev.keydesk.twofactor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The user_second_factor and recovery_code tables. Every change that must happen once (a time step used, a
 * recovery code spent, an enrolment confirmed) is a conditional update whose row count says who won.
 */
@Repository
class FactorQueries {

    private final JdbcClient jdbc;

    FactorQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises changes to one user's factors (two tabs, two nodes) until the transaction ends. */
    boolean lockUser(UUID userId) {
        return jdbc.sql("select id from app_user where id = ? for update").param(userId).query(UUID.class)
                .optional().isPresent();
    }

    Optional<StoredFactor> find(UUID userId) {
        return jdbc.sql("""
                        select user_id, secret_encrypted, enabled_at, last_used_step, failed_checks, last_failed_at
                        from user_second_factor where user_id = ?""")
                .param(userId)
                .query(FactorQueries::factor)
                .optional();
    }

    boolean isEnabled(UUID userId) {
        return jdbc.sql("select count(*) from user_second_factor where user_id = ? and enabled_at is not null")
                .param(userId).query(Integer.class).single() > 0;
    }

    List<String> enrolledMembers(UUID accountId) {
        return jdbc.sql("""
                        select u.username from membership m join app_user u on u.id = m.user_id
                        join user_second_factor f on f.user_id = u.id
                        where m.account_id = ? and f.enabled_at is not null order by u.username""")
                .param(accountId).query(String.class).list();
    }

    /** A new enrolment replaces one that was never confirmed. */
    void savePending(UUID userId, String secretEncrypted, Instant now) {
        jdbc.sql("delete from user_second_factor where user_id = ? and enabled_at is null").param(userId).update();
        jdbc.sql("insert into user_second_factor (user_id, secret_encrypted, created_at) values (?, ?, ?)")
                .params(userId, secretEncrypted, utc(now)).update();
    }

    boolean enable(UUID userId, long step, Instant now) {
        return jdbc.sql("""
                        update user_second_factor set enabled_at = ?, last_used_step = ?
                        where user_id = ? and enabled_at is null""")
                .params(utc(now), step, userId).update() == 1;
    }

    /** Marks the time step used, unless it (or a later one) already was. */
    boolean useStep(UUID userId, long step) {
        return jdbc.sql("""
                        update user_second_factor set last_used_step = ?
                        where user_id = ? and enabled_at is not null and (last_used_step is null or last_used_step < ?)""")
                .params(step, userId, step).update() == 1;
    }

    /** Counts a failed confirmation; one older than the window starts the count again. */
    void recordFailure(UUID userId, Instant now, Instant windowStart) {
        jdbc.sql("""
                        update user_second_factor set
                            failed_checks = case when last_failed_at is null or last_failed_at < ? then 1
                                                 else failed_checks + 1 end,
                            last_failed_at = ?
                        where user_id = ?""")
                .params(utc(windowStart), utc(now), userId).update();
    }

    void clearFailures(UUID userId) {
        jdbc.sql("update user_second_factor set failed_checks = 0, last_failed_at = null where user_id = ?")
                .param(userId).update();
    }

    /** Removes the factor and every recovery code; true when there was a factor. */
    boolean delete(UUID userId) {
        jdbc.sql("delete from recovery_code where user_id = ?").param(userId).update();
        return jdbc.sql("delete from user_second_factor where user_id = ?").param(userId).update() == 1;
    }

    void replaceRecoveryCodes(UUID userId, List<String> hashes, Instant now) {
        jdbc.sql("delete from recovery_code where user_id = ?").param(userId).update();
        for (String hash : hashes) {
            jdbc.sql("insert into recovery_code (id, user_id, code_hash, created_at) values (?, ?, ?, ?)")
                    .params(UUID.randomUUID(), userId, hash, utc(now)).update();
        }
    }

    List<StoredCode> unusedRecoveryCodes(UUID userId) {
        return jdbc.sql("select id, code_hash from recovery_code where user_id = ? and used_at is null order by id")
                .param(userId)
                .query((rs, n) -> new StoredCode(rs.getObject("id", UUID.class), rs.getString("code_hash")))
                .list();
    }

    int countUnusedRecoveryCodes(UUID userId) {
        return jdbc.sql("select count(*) from recovery_code where user_id = ? and used_at is null")
                .param(userId).query(Integer.class).single();
    }

    boolean spendRecoveryCode(UUID codeId, Instant now) {
        return jdbc.sql("update recovery_code set used_at = ? where id = ? and used_at is null")
                .params(utc(now), codeId).update() == 1;
    }

    /** Every stored secret, for the rotation to a new encryption key. */
    List<EncryptedSecret> allSecrets() {
        return jdbc.sql("select user_id, secret_encrypted from user_second_factor order by user_id")
                .query((rs, n) -> new EncryptedSecret(rs.getObject("user_id", UUID.class),
                        rs.getString("secret_encrypted")))
                .list();
    }

    /** Replaces a secret's ciphertext unless it changed meanwhile (another node rotated it, or a new enrolment). */
    boolean replaceSecret(UUID userId, String expected, String replacement) {
        return jdbc.sql("update user_second_factor set secret_encrypted = ? where user_id = ? and secret_encrypted = ?")
                .params(replacement, userId, expected).update() == 1;
    }

    private static StoredFactor factor(ResultSet rs, int row) throws SQLException {
        long lastUsed = rs.getLong("last_used_step");
        if (rs.wasNull()) {
            lastUsed = StoredFactor.NO_STEP_USED;
        }
        return new StoredFactor(rs.getObject("user_id", UUID.class), rs.getString("secret_encrypted"),
                instant(rs, "enabled_at"), lastUsed,
                rs.getInt("failed_checks"), instant(rs, "last_failed_at"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    record StoredCode(UUID id, String hash) {
    }

    record EncryptedSecret(UUID userId, String value) {
        @Override
        public String toString() {
            return "EncryptedSecret[" + userId + "]";
        }
    }
}
