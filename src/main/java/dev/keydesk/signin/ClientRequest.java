package dev.keydesk.signin;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The HTTP request behind a step of a sign-in made from a view (the password step has its own details). */
final class ClientRequest {

    private ClientRequest() {
    }

    static @Nullable ServletRequestAttributes current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes : null;
    }

    /** The attempt as the throttle counts it: the same address the password step used (the connection's). */
    static SignInAttempt attempt(String username) {
        ServletRequestAttributes attributes = current();
        if (attributes == null) {
            return new SignInAttempt(username, null, null);
        }
        HttpServletRequest request = attributes.getRequest();
        return new SignInAttempt(username, request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT));
    }
}
