package dev.keydesk.apiauth;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * Reads the credential a client sent: an API key as {@code Authorization: Bearer <key>} or
 * {@code api-key: <key>}, or a model service's token as {@code Authorization: Bearer <token>}.
 */
final class PresentedKey {

    private static final String BEARER = "bearer ";

    private PresentedKey() {
    }

    /** The API key: the bearer credential, else the whole Authorization value, else the api-key header. */
    static @Nullable String from(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null) {
            String bearer = bearer(request);
            return bearer != null ? bearer : authorization.strip();
        }
        String apiKey = request.getHeader("api-key");
        return apiKey == null ? null : apiKey.strip();
    }

    /** The credential of {@code Authorization: Bearer <credential>}, or null for any other header. */
    static @Nullable String bearer(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null) {
            return null;
        }
        String value = authorization.strip();
        return value.regionMatches(true, 0, BEARER, 0, BEARER.length()) ? value.substring(BEARER.length()).strip()
                : null;
    }
}
