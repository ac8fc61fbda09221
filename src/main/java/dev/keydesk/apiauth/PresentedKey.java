package dev.keydesk.apiauth;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/** Reads the key a client sent: {@code Authorization: Bearer <key>} or {@code api-key: <key>}. */
final class PresentedKey {

    private static final String BEARER = "bearer ";

    private PresentedKey() {
    }

    static @Nullable String from(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null) {
            String value = authorization.strip();
            return value.regionMatches(true, 0, BEARER, 0, BEARER.length())
                    ? value.substring(BEARER.length()).strip() : value;
        }
        String apiKey = request.getHeader("api-key");
        return apiKey == null ? null : apiKey.strip();
    }
}
