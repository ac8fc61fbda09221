package dev.keydesk.apikey;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import dev.keydesk.base.replica.SynchronousCommit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A key's secrets (SHA-256 only): the current one has no end; a roll gives it one and adds a new current
 * secret. Old rows stay, so a retired secret is answered "expired" and a leak report still recognises it.
 */
@Repository
class KeySecrets {

    private final JdbcClient jdbc;
    private final SynchronousCommit synchronousCommit;

    KeySecrets(JdbcClient jdbc, SynchronousCommit synchronousCommit) {
        this.jdbc = jdbc;
        this.synchronousCommit = synchronousCommit;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void addCurrent(UUID keyId, String secret, Instant now) {
        synchronousCommit.requireRemoteApply();
        jdbc.sql("insert into key_secret (secret_hash, key_id, hint, created_at, expires_at) values (?, ?, ?, ?, null)")
                .params(KeyHasher.sha256Hex(secret), keyId, KeyFormat.hint(secret), now.atOffset(ZoneOffset.UTC))
                .update();
    }

    /**
     * Ends the current secret at {@code currentEnds}, and any older one still in its grace period now: a
     * key has at most one previous secret that works.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void retire(UUID keyId, Instant currentEnds, Instant now) {
        synchronousCommit.requireRemoteApply();
        jdbc.sql("update key_secret set expires_at = ? where key_id = ? and expires_at > ?")
                .params(now.atOffset(ZoneOffset.UTC), keyId, now.atOffset(ZoneOffset.UTC)).update();
        jdbc.sql("update key_secret set expires_at = ? where key_id = ? and expires_at is null")
                .params(currentEnds.atOffset(ZoneOffset.UTC), keyId).update();
    }
}
