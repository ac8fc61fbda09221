package dev.keydesk.testsupport;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Runs code as a signed-in user (or nobody), with the real principal from the application's
 * {@link UserDetailsService}. The context goes into the application's own
 * {@link SecurityContextHolderStrategy} (the one its services and method security read), never the
 * JVM-wide holder, which another application context in the same JVM may have replaced. It is
 * thread-bound, so every thread that calls {@link #as} acts on its own; the previous context is
 * restored afterwards. Like a form login, the sign-in has a password factor issued now (by the
 * application's clock), so actions that need a recent sign-in go ahead.
 */
public record SignedIn(UserDetailsService users, SecurityContextHolderStrategy contexts, Clock clock) {

    /** For applications started outside the test framework, such as {@link TestNode}s. */
    public static SignedIn in(ApplicationContext application) {
        return new SignedIn(application.getBean(UserDetailsService.class),
                application.getBean(SecurityContextHolderStrategy.class), application.getBean(Clock.class));
    }

    public <T> T as(String username, Supplier<T> work) {
        UserDetails user = users.loadUserByUsername(username);
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        authorities.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)
                .issuedAt(clock.instant()).build());
        return run(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities), work);
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

    public void anonymously(Runnable work) {
        anonymously(() -> {
            work.run();
            return null;
        });
    }

    private <T> T run(@Nullable UsernamePasswordAuthenticationToken authentication, Supplier<T> work) {
        SecurityContext previous = contexts.getContext();
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(authentication);
        contexts.setContext(context);
        try {
            return work.get();
        } finally {
            contexts.setContext(previous);
        }
    }
}
