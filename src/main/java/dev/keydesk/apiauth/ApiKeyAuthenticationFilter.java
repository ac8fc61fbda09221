package dev.keydesk.apiauth;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import dev.keydesk.apiauth.KeyChecks.Channel;
import dev.keydesk.apikey.KeyVerification;
import dev.keydesk.base.web.ApiError;
import dev.keydesk.base.web.ApiErrorWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates customer API requests by key. A request without a key passes on unauthenticated
 * (the chain then answers 401); a request with a key that is not valid is refused here. An address
 * over its failed-attempt limit gets 429 before any lookup, except for keys this node has seen
 * valid lately (see {@link RecentlyValidKeys}), so customers behind that address keep working.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final ApiError INVALID_KEY = new ApiError("invalid_api_key",
            "The API key is missing, malformed, or no longer valid. Send it as 'Authorization: Bearer <key>'.");

    private final KeyChecks checks;
    private final FailedAttemptThrottle throttle;
    private final RecentlyValidKeys recentlyValid;
    private final RequestMatcher otherCredentialPaths;
    private final SecurityContextHolderStrategy contexts;
    private final ApiErrorWriter errors;

    /** @param otherCredentialPaths paths that take another credential than an API key; left alone here */
    ApiKeyAuthenticationFilter(KeyChecks checks, FailedAttemptThrottle throttle, RecentlyValidKeys recentlyValid,
            RequestMatcher otherCredentialPaths, SecurityContextHolderStrategy contexts, ApiErrorWriter errors) {
        this.checks = checks;
        this.throttle = throttle;
        this.recentlyValid = recentlyValid;
        this.otherCredentialPaths = otherCredentialPaths;
        this.contexts = contexts;
        this.errors = errors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return otherCredentialPaths.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = PresentedKey.from(request);
        if (presented == null) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        Optional<Duration> blocked = throttle.blocked(address);
        if (blocked.isPresent() && !recentlyValid.seenValid(presented)) {
            FailedAttemptThrottle.refuse(response, blocked.get(), errors);
            return;
        }
        KeyVerification verification = checks.check(presented, Channel.API_REQUEST);
        if (!verification.isValid()) {
            throttle.recordFailure(address);
            if (blocked.isPresent()) {
                FailedAttemptThrottle.refuse(response, blocked.get(), errors);
            } else {
                errors.write(response, HttpServletResponse.SC_UNAUTHORIZED, INVALID_KEY);
            }
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new ApiKeyAuthentication(verification.keyId(), verification.keyName(),
                verification.accountId(), verification.accountName()));
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }
}
