package dev.keydesk.base.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every body sent to /api/** is JSON in UTF-8: {@code Content-Type: application/json}, with no charset or
 * {@code charset=utf-8}. Anything else (text/plain, no type, another or bogus charset) is 415 before a
 * controller guesses what the bytes mean. Runs after authentication, so strangers learn nothing here.
 */
final class JsonBodyFilter extends OncePerRequestFilter {

    private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH");

    private final ApiErrorWriter errors;

    JsonBodyFilter(ApiErrorWriter errors) {
        this.errors = errors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !BODY_METHODS.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isJson(request.getContentType())) {
            errors.write(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, ApiErrors.UNSUPPORTED_MEDIA_TYPE);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isJson(@Nullable String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            String charset = type.getParameter("charset");
            return type.getType().equals("application") && type.getSubtype().equals("json")
                    && (charset == null || StandardCharsets.UTF_8.name().equalsIgnoreCase(unquoted(charset)));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private static String unquoted(String value) {
        return value.length() > 1 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
