package dev.keydesk.apiauth;

import java.time.Duration;
import java.util.HexFormat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.keydesk.apikey.KeyFormat;
import dev.keydesk.apikey.KeyHasher;
import org.springframework.stereotype.Component;

/**
 * Fingerprints (64 bits of the SHA-256) of keys this node has seen valid lately. It is never used
 * to accept a key: it only decides, for a client address that is over its failed-attempt limit,
 * whether a presented key deserves a database lookup at all. A key seen valid is looked up (and
 * refused if it was deleted meanwhile); anything else from that address gets 429 with no database
 * work. Guessed keys never get in here, so a throttled attacker costs no database reads.
 */
@Component
class RecentlyValidKeys {

    private static final Duration RETENTION = Duration.ofHours(24);
    /** About 100 bytes an entry: a few megabytes at most. */
    private static final long MAXIMUM_SIZE = 100_000;

    private final Cache<Long, Boolean> fingerprints;

    RecentlyValidKeys() {
        this.fingerprints = Caffeine.newBuilder().maximumSize(MAXIMUM_SIZE).expireAfterWrite(RETENTION).build();
    }

    void remember(String validKey) {
        Long fingerprint = fingerprint(validKey);
        if (fingerprints.getIfPresent(fingerprint) == null) {
            fingerprints.put(fingerprint, Boolean.TRUE);
        }
    }

    boolean seenValid(String presented) {
        return KeyFormat.isWellFormed(presented) && fingerprints.getIfPresent(fingerprint(presented)) != null;
    }

    private static Long fingerprint(String key) {
        return HexFormat.fromHexDigitsToLong(KeyHasher.sha256Hex(key), 0, 16);
    }
}
