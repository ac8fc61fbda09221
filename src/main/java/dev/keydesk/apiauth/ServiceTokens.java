package dev.keydesk.apiauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import dev.keydesk.apikey.KeyHasher;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The model services' tokens. Presented tokens are compared in constant time over SHA-256 digests,
 * so neither the content nor the length of a configured token leaks through response times.
 */
@Component
class ServiceTokens {

    private static final Logger log = LoggerFactory.getLogger(ServiceTokens.class);
    private static final int RECOMMENDED_LENGTH = 32;

    private final List<byte[]> digests;

    ServiceTokens(ApiProperties properties) {
        List<String> tokens = properties.serviceTokens().stream().map(String::strip).filter(t -> !t.isEmpty())
                .toList();
        if (tokens.isEmpty()) {
            log.info("No service tokens configured (KEYDESK_SERVICE_TOKENS): /api/v1/keys/verify refuses every call");
        } else if (tokens.stream().anyMatch(t -> t.length() < RECOMMENDED_LENGTH)) {
            log.warn("A service token is shorter than {} characters; use long random tokens", RECOMMENDED_LENGTH);
        }
        this.digests = tokens.stream().map(ServiceTokens::digest).toList();
    }

    boolean matches(@Nullable String presented) {
        if (presented == null || presented.isEmpty()) {
            return false;
        }
        byte[] candidate = digest(presented);
        boolean match = false;
        for (byte[] configured : digests) {
            // No early exit: the time taken does not depend on which token matched.
            match |= MessageDigest.isEqual(configured, candidate);
        }
        return match;
    }

    private static byte[] digest(String token) {
        return KeyHasher.sha256Hex(token).getBytes(StandardCharsets.US_ASCII);
    }
}
