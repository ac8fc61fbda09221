package dev.keydesk.testsupport;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Runs code as a signed-in user (or nobody), with the real principal from the application's
 * {@link UserDetailsService}. The security context is thread-bound, so every thread that calls
 * {@link #as} acts on its own; the previous context is restored afterwards.
 */
public final class SignedIn {

    private final UserDetailsService users;

    public SignedIn(UserDetailsService users) {
        this.users = users;
    }

    public <T> T as(String username, Supplier<T> work) {
        UserDetails user = users.loadUserByUsername(username);
        return run(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), work);
    }

    public void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }

    public void run(String username, Runnable work) {
        as(username, work);
    }

    public <T> T anonymously(Supplier<T> work) {
        return run(null, work);
    }

    private static <T> T run(@Nullable UsernamePasswordAuthenticationToken authentication, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
