package dev.keydesk.apiauth;

import java.io.IOException;

import dev.keydesk.apikey.KeyVerification;
import dev.keydesk.apikey.KeyVerifier;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates customer API requests by key. A request without a key passes on unauthenticated
 * (the chain then answers 401); a request with a key that is not valid is refused here.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    private final KeyVerifier verifier;

    ApiKeyAuthenticationFilter(KeyVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = PresentedKey.from(request);
        if (presented == null) {
            chain.doFilter(request, response);
            return;
        }
        KeyVerification verification = verifier.verify(presented);
        if (!verification.isValid()) {
            ApiError.INVALID_KEY.write(response, HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ApiKeyAuthentication(verification.keyId(), verification.keyName(),
                verification.accountId(), verification.accountName()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
