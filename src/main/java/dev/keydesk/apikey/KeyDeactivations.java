package dev.keydesk.apikey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deactivation of keys found in public, for the secret-scanning endpoint. There is no way back:
 * nothing in Keydesk sets a key ACTIVE again, so a disclosed secret can only be replaced.
 */
@Service
public class KeyDeactivations {

    /** Lookups go in chunks so a large report stays within every database's parameter limit. */
    private static final int CHUNK = 500;

    private final ApiKeyRepository keys;
    private final JdbcClient jdbc;

    KeyDeactivations(ApiKeyRepository keys, JdbcClient jdbc) {
        this.keys = keys;
        this.jdbc = jdbc;
    }

    /** The keys Keydesk issued among these SHA-256 hashes, deleted ones included, by hash. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, IssuedKey> issuedByHash(Collection<String> secretHashes) {
        List<String> all = new ArrayList<>(secretHashes);
        Map<String, IssuedKey> found = new HashMap<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            jdbc.sql("select id, account_id, name, hint, status, secret_hash from api_key where secret_hash in (:hashes)")
                    .param("hashes", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .query((rs, row) -> new Hashed(rs.getString("secret_hash"), new IssuedKey(
                            rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                            rs.getString("name"), rs.getString("hint"),
                            ApiKeyStatus.valueOf(rs.getString("status")))))
                    .list()
                    .forEach(hashed -> found.put(hashed.secretHash(), hashed.key()));
        }
        return found;
    }

    /**
     * Deactivates an active key and records where it was found. False when the key was not active
     * (already deactivated, deleted, or changed by a concurrent report): nothing is written then.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean deactivate(UUID keyId, Disclosure disclosure, Instant now) {
        return keys.deactivate(keyId, now, Disclosure.REASON, disclosure.url(), disclosure.source()) == 1;
    }

    private record Hashed(String secretHash, IssuedKey key) {
    }
}
