package dev.keydesk.signin;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationDetailsSource;

/** Gives each form login the client address and user agent it is recorded with. */
final class SignInDetailsSource implements AuthenticationDetailsSource<HttpServletRequest, SignInDetails> {

    @Override
    public SignInDetails buildDetails(HttpServletRequest request) {
        return new SignInDetails(request);
    }
}
