package dev.keydesk.testsupport;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Runs code as one of the demo users (or nobody), for service tests that switch people mid-test. */
public final class SignedIn {

    private final UserDetailsService users;

    public SignedIn(UserDetailsService users) {
        this.users = users;
    }

    public <T> T as(String username, Supplier<T> action) {
        UserDetails user = users.loadUserByUsername(username);
        return run(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()), action);
    }

    public void as(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }

    public <T> T anonymously(Supplier<T> action) {
        return run(null, action);
    }

    private static <T> T run(@org.jspecify.annotations.Nullable UsernamePasswordAuthenticationToken authentication, Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
