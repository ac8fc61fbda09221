package dev.keydesk.apikey;

import java.time.Clock;
import java.time.Instant;

import dev.keydesk.apikey.KeyVerification.Code;
import dev.keydesk.apikey.KeyVerification.Verified;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Checks presented keys: format and checksum first (garbage never reaches the database), then one
 * indexed lookup by SHA-256, then every rule in memory on the row read: status, account, expiry of the
 * key and of the secret, addresses, permissions. Nothing valid is cached, so a deleted or deactivated
 * key is refused by every node from the moment that change commits.
 */
@Service
public class KeyVerifier {

    private final KeyQueries queries;
    private final Clock clock;

    KeyVerifier(KeyQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** As a model service that names no service, access or address: only unrestricted keys pass. */
    public KeyVerification verify(@Nullable String presented) {
        return verify(presented, AccessRequest.forService(null, null, null));
    }

    public KeyVerification verify(@Nullable String presented, AccessRequest request) {
        if (!KeyFormat.isWellFormed(presented)) {
            return KeyVerification.refused(Code.MALFORMED);
        }
        return queries.byHash(KeyHasher.sha256Hex(presented))
                .map(key -> judge(key, request))
                .orElseGet(() -> KeyVerification.refused(Code.NOT_FOUND));
    }

    private KeyVerification judge(KeyQueries.KeyRecord key, AccessRequest request) {
        return switch (key.status()) {
            case DELETED -> KeyVerification.refused(Code.DELETED);
            case DEACTIVATED -> KeyVerification.refused(Code.DEACTIVATED);
            case ACTIVE -> judgeActive(key, request);
        };
    }

    private KeyVerification judgeActive(KeyQueries.KeyRecord key, AccessRequest request) {
        if (!key.accountActive()) {
            return KeyVerification.refused(Code.DEACTIVATED);
        }
        Instant now = clock.instant();
        Instant ends = earliest(key.expiresAt(), key.secretExpiresAt());
        if (ends != null && !now.isBefore(ends)) {
            return KeyVerification.refused(Code.EXPIRED);
        }
        AllowedIps allowedIps = AllowedIps.fromStored(key.allowedIps());
        if (!allowedIps.allows(request.clientAddress())) {
            return KeyVerification.refused(Code.IP_NOT_ALLOWED);
        }
        if (!request.permittedBy(key.permissions())) {
            return KeyVerification.refused(Code.INSUFFICIENT_PERMISSION);
        }
        return new KeyVerification(Code.VALID, new Verified(key.id(), key.name(), key.accountId(), key.accountName(),
                ends, key.permissions(), allowedIps));
    }

    private static @Nullable Instant earliest(@Nullable Instant a, @Nullable Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
