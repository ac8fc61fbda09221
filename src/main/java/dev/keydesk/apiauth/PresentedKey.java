package dev.keydesk.apiauth;

import java.util.Collections;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * Reads the credential a client sent: an API key as {@code Authorization: Bearer <key>} or
 * {@code api-key: <key>}, or a model service's token as {@code Authorization: Bearer <token>}.
 */
final class PresentedKey {

    private static final String BEARER = "bearer ";
    /** Never a valid key: refused as malformed without a lookup. */
    private static final String AMBIGUOUS = "";

    private PresentedKey() {
    }

    /**
     * The API key: the bearer credential, else the api-key header. Anything ambiguous is presented as no
     * valid key at all (an empty credential, refused as malformed): an Authorization header without the
     * Bearer scheme, a header sent twice, or both headers carrying different keys. Which of two keys a
     * proxy or a server would pick is exactly what an attacker plays with, so none is picked.
     */
    static @Nullable String from(HttpServletRequest request) {
        List<String> authorizations = Collections.list(request.getHeaders("Authorization"));
        List<String> apiKeys = Collections.list(request.getHeaders("api-key"));
        if (authorizations.isEmpty() && apiKeys.isEmpty()) {
            return null;
        }
        if (authorizations.size() > 1 || apiKeys.size() > 1) {
            return AMBIGUOUS;
        }
        String bearer = authorizations.isEmpty() ? null : bearer(request);
        if (!authorizations.isEmpty() && bearer == null) {
            return AMBIGUOUS;
        }
        String apiKey = apiKeys.isEmpty() ? null : apiKeys.get(0).strip();
        if (bearer != null && apiKey != null && !bearer.equals(apiKey)) {
            return AMBIGUOUS;
        }
        return bearer != null ? bearer : apiKey;
    }

    /** The credential of {@code Authorization: Bearer <credential>}, or null for any other header or two of them. */
    static @Nullable String bearer(HttpServletRequest request) {
        List<String> authorizations = Collections.list(request.getHeaders("Authorization"));
        if (authorizations.size() != 1) {
            return null;
        }
        String authorization = authorizations.get(0);
        String value = authorization.strip();
        return value.regionMatches(true, 0, BEARER, 0, BEARER.length()) ? value.substring(BEARER.length()).strip()
                : null;
    }
}
