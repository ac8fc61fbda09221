package dev.keydesk.apiauth;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import dev.keydesk.apikey.KeyFormat;
import dev.keydesk.base.web.ApiError;
import dev.keydesk.base.web.ApiErrorWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses keys in URLs: URLs end up in proxy logs, browser history and referrers, so a key sent
 * there must be treated as exposed. The request is answered 400 before anything looks the key up.
 */
class KeyInUrlFilter extends OncePerRequestFilter {

    private static final Set<String> KEY_PARAMETERS = Set.of("api_key", "api-key", "apikey", "key", "access_token",
            "token");
    static final ApiError KEY_IN_URL = new ApiError("key_in_url",
            "Do not put API keys in URLs. Send the key in the 'Authorization: Bearer <key>' header.");

    private final ApiErrorWriter errors;

    KeyInUrlFilter(ApiErrorWriter errors) {
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (hasKeyInUrl(request)) {
            errors.write(response, HttpServletResponse.SC_BAD_REQUEST, KEY_IN_URL);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean hasKeyInUrl(HttpServletRequest request) {
        if (KeyFormat.PATTERN.matcher(request.getRequestURI()).find()) {
            return true;
        }
        String query = request.getQueryString();
        if (query == null) {
            return false;
        }
        if (KeyFormat.PATTERN.matcher(query).find() || KeyFormat.PATTERN.matcher(decoded(query)).find()) {
            return true;
        }
        for (String pair : query.split("&")) {
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (KEY_PARAMETERS.contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static String decoded(String query) {
        try {
            return URLDecoder.decode(query, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return query;
        }
    }
}
