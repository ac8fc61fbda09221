package dev.keydesk.signin;

import java.io.Serial;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The request facts a sign-in is recorded with: the client address (as Spring Security sees it) and user agent. */
public class SignInDetails extends WebAuthenticationDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    private final @Nullable String userAgent;

    SignInDetails(HttpServletRequest request) {
        super(request);
        this.userAgent = request.getHeader(HttpHeaders.USER_AGENT);
    }

    /** For callers without an HTTP request (tests, other front ends). */
    public SignInDetails(String remoteAddress, @Nullable String userAgent) {
        super(remoteAddress, null);
        this.userAgent = userAgent;
    }

    public @Nullable String userAgent() {
        return userAgent;
    }
}
