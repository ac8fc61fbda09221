package dev.keydesk.testsupport;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import dev.keydesk.apikey.KeyFormat;
import dev.keydesk.apikey.KeyHasher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keys written straight into the database, each in an account of its own, so tests neither share
 * keys nor run into an account's key limit.
 */
public final class InsertedKeys {

    private static final KeyFormat FORMAT = new KeyFormat(new SecureRandom());

    private InsertedKeys() {
    }

    /** A key and what the API should say about it. The secret is a test value only. */
    public record TestKey(String secret, UUID keyId, String keyName, UUID accountId, String accountName) {
    }

    public static TestKey insert(JdbcClient jdbc) {
        UUID accountId = UUID.randomUUID();
        String accountName = "Test account " + accountId.toString().substring(0, 8);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("insert into account (id, name, status, key_limit, created_at) values (?, ?, 'ACTIVE', 10, ?)")
                .params(accountId, accountName, now).update();
        String secret = FORMAT.generate();
        UUID keyId = UUID.randomUUID();
        String keyName = "Key " + keyId.toString().substring(0, 8);
        jdbc.sql("""
                        insert into api_key (id, account_id, name, name_key, hint, status, created_at)
                        values (?, ?, ?, ?, ?, 'ACTIVE', ?)""")
                .params(keyId, accountId, keyName, keyName.toLowerCase(), KeyFormat.hint(secret), now)
                .update();
        insertSecret(jdbc, keyId, secret);
        return new TestKey(secret, keyId, keyName, accountId, accountName);
    }

    /** The key's current secret (its SHA-256), as generating or migrating a key stores it. */
    public static void insertSecret(JdbcClient jdbc, UUID keyId, String secret) {
        jdbc.sql("insert into key_secret (secret_hash, key_id, hint, created_at) values (?, ?, ?, ?)")
                .params(KeyHasher.sha256Hex(secret), keyId, KeyFormat.hint(secret), OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    public static void markDeleted(JdbcClient jdbc, UUID keyId) {
        jdbc.sql("update api_key set status = 'DELETED', name_key = null, deleted_at = ? where id = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC), keyId).update();
    }

    public static void markDeactivated(JdbcClient jdbc, UUID keyId) {
        jdbc.sql("update api_key set status = 'DEACTIVATED', deactivated_at = ? where id = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC), keyId).update();
    }
}
