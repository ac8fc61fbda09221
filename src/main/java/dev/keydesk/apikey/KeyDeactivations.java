package dev.keydesk.apikey;

import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.keydesk.base.replica.SynchronousCommit;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deactivation of keys found in public, for the secret-scanning endpoint. The disclosed secret never
 * works again: only a roll (a new secret, the old one ended at once) makes the key active again.
 */
@Service
public class KeyDeactivations {

    /** Lookups go in chunks so a large report stays within every database's parameter limit. */
    private static final int CHUNK = 500;

    private final JdbcClient jdbcClient;
    private final JdbcTemplate jdbc;
    private final SynchronousCommit synchronousCommit;
    private final Clock clock;

    KeyDeactivations(JdbcClient jdbcClient, JdbcTemplate jdbc, SynchronousCommit synchronousCommit, Clock clock) {
        this.jdbcClient = jdbcClient;
        this.jdbc = jdbc;
        this.synchronousCommit = synchronousCommit;
        this.clock = clock;
    }

    private static boolean retired(@Nullable Instant secretExpiresAt, Instant now) {
        return secretExpiresAt != null && !now.isBefore(secretExpiresAt);
    }

    /**
     * The keys Keydesk issued among these SHA-256 hashes, deleted ones included, by hash; also the secrets
     * a roll replaced, marked retired once their grace has ended (they no longer open the key).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, IssuedKey> issuedByHash(Collection<String> secretHashes) {
        Instant now = clock.instant();
        List<String> all = new ArrayList<>(secretHashes);
        Map<String, IssuedKey> found = new HashMap<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            jdbcClient.sql("""
                            select k.id, k.account_id, k.name, k.hint, k.status, s.secret_hash, s.expires_at
                            from key_secret s join api_key k on k.id = s.key_id
                            where s.secret_hash in (:hashes)""")
                    .param("hashes", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .query((rs, row) -> new Hashed(rs.getString("secret_hash"), new IssuedKey(
                            rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                            rs.getString("name"), rs.getString("hint"),
                            ApiKeyStatus.valueOf(rs.getString("status")),
                            retired(KeyQueries.instant(rs, "expires_at"), now))))
                    .list()
                    .forEach(hashed -> found.put(hashed.secretHash(), hashed.key()));
        }
        return found;
    }

    /**
     * Deactivates the keys among these that are still active and records where each was found, in
     * one batch. Answers the ids that changed: a key already deactivated, deleted, or changed by a
     * concurrent report is left as it is and not in the answer.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Set<UUID> deactivate(List<Deactivation> deactivations, Instant now) {
        synchronousCommit.requireRemoteApply();
        int[][] counts = jdbc.batchUpdate("""
                        update api_key set status = 'DEACTIVATED', deactivated_at = ?, deactivation_reason = ?,
                                           leak_url = ?, leak_source = ?
                        where id = ? and status = 'ACTIVE'""", deactivations, CHUNK, (statement, item) -> {
                    statement.setObject(1, now.atOffset(ZoneOffset.UTC));
                    statement.setString(2, Disclosure.REASON);
                    statement.setString(3, item.disclosure().url());
                    statement.setString(4, item.disclosure().source());
                    statement.setObject(5, item.keyId());
                });
        Set<UUID> changed = new LinkedHashSet<>();
        for (int i = 0; i < deactivations.size(); i++) {
            int count = counts[i / CHUNK][i % CHUNK];
            UUID keyId = deactivations.get(i).keyId();
            if (count == 1 || count == Statement.SUCCESS_NO_INFO && isDeactivatedAt(keyId, now)) {
                changed.add(keyId);
            }
        }
        return changed;
    }

    /** One key to deactivate, and where it was found. */
    public record Deactivation(UUID keyId, Disclosure disclosure) {
    }

    /** For drivers that do not count rows per batched statement. */
    private boolean isDeactivatedAt(UUID keyId, Instant now) {
        return jdbcClient.sql("""
                        select count(*) from api_key where id = ? and status = 'DEACTIVATED' and deactivated_at = ?""")
                .params(keyId, now.atOffset(ZoneOffset.UTC))
                .query(Integer.class).single() == 1;
    }

    private record Hashed(String secretHash, IssuedKey key) {
    }
}
