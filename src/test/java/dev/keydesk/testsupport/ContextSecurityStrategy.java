package dev.keydesk.testsupport;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Signs a demo user in for a browserless test. Vaadin installs its own SecurityContextHolderStrategy
 * (one ThreadLocal per instance) into the static SecurityContextHolder whenever a Spring context
 * starts; with several cached test contexts the static holder can point at another context's
 * instance than the one {@code @WithUserDetails} fills, and navigation then sees nobody signed
 * in. This points the holder at this context's strategy and signs the user in there.
 */
public final class ContextSecurityStrategy {

    private ContextSecurityStrategy() {
    }

    /** Call from a {@code @BeforeAll}: the browserless set-up before each test must see the same strategy. */
    public static void pointAt(ApplicationContext context) {
        context.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    public static void signIn(ApplicationContext context, String username) {
        pointAt(context);
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContext signedIn = SecurityContextHolder.createEmptyContext();
        signedIn.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(signedIn);
    }
}
