package dev.keydesk.apikey;

import java.time.Clock;

import dev.keydesk.apikey.KeyVerification.Code;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Checks presented keys: format and checksum first (garbage never reaches the database), then one
 * indexed lookup by SHA-256. Nothing valid is cached, so a deleted or deactivated key is refused by
 * every node from the moment that change commits.
 */
@Service
public class KeyVerifier {

    private final KeyQueries queries;
    private final Clock clock;

    KeyVerifier(KeyQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    public KeyVerification verify(@Nullable String presented) {
        if (!KeyFormat.isWellFormed(presented)) {
            return KeyVerification.refused(Code.MALFORMED);
        }
        return queries.byHash(KeyHasher.sha256Hex(presented))
                .map(this::judge)
                .orElseGet(() -> KeyVerification.refused(Code.NOT_FOUND));
    }

    private KeyVerification judge(KeyQueries.KeyRecord key) {
        return switch (key.status()) {
            case DELETED -> KeyVerification.refused(Code.DELETED);
            case DEACTIVATED -> KeyVerification.refused(Code.DEACTIVATED);
            case ACTIVE -> {
                if (!key.accountActive()) {
                    yield KeyVerification.refused(Code.DEACTIVATED);
                }
                if (key.expiresAt() != null && !clock.instant().isBefore(key.expiresAt())) {
                    yield KeyVerification.refused(Code.EXPIRED);
                }
                yield new KeyVerification(Code.VALID, key.id(), key.name(), key.accountId(), key.accountName());
            }
        };
    }
}
