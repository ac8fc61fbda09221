package dev.keydesk.apiauth;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import dev.keydesk.base.web.ApiError;
import dev.keydesk.base.web.ApiErrorWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates the model services on their paths by service token ({@code Authorization: Bearer}).
 * A missing or wrong token is answered 401 here and counts as a failed attempt of the client
 * address; over the limit, 429. A right token always passes: the check is in memory, so there is
 * nothing to protect by refusing it.
 */
class ServiceTokenFilter extends OncePerRequestFilter {

    static final String AUTHORITY = "SERVICE";
    static final ApiError INVALID_SERVICE_TOKEN = new ApiError("invalid_service_token",
            "The service token is missing or not valid. Send it as 'Authorization: Bearer <service token>'.");

    private final ServiceTokens tokens;
    private final FailedAttemptThrottle throttle;
    private final RequestMatcher paths;
    private final SecurityContextHolderStrategy contexts;
    private final ApiErrorWriter errors;

    ServiceTokenFilter(ServiceTokens tokens, FailedAttemptThrottle throttle, RequestMatcher paths,
            SecurityContextHolderStrategy contexts, ApiErrorWriter errors) {
        this.tokens = tokens;
        this.throttle = throttle;
        this.paths = paths;
        this.contexts = contexts;
        this.errors = errors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !paths.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<ServiceCaller> caller = tokens.caller(PresentedKey.bearer(request));
        if (caller.isEmpty()) {
            String address = request.getRemoteAddr();
            Optional<Duration> blocked = throttle.blocked(address);
            if (blocked.isPresent()) {
                FailedAttemptThrottle.refuse(response, blocked.get(), errors);
            } else {
                throttle.recordFailure(address);
                errors.write(response, HttpServletResponse.SC_UNAUTHORIZED, INVALID_SERVICE_TOKEN);
            }
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new ServiceAuthentication(caller.get()));
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }

    /** A model service; its principal is the {@link ServiceCaller} (which token it used is not kept). */
    static final class ServiceAuthentication extends AbstractAuthenticationToken {

        private final ServiceCaller caller;

        ServiceAuthentication(ServiceCaller caller) {
            super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
            this.caller = caller;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return caller;
        }
    }
}
