package dev.keydesk.testsupport;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Makes the user of {@code @WithUserDetails} signed in as a form login signs them in: with a password factor
 * issued at the start of the test (by the application's clock), so sensitive actions need no "Confirm it's
 * you" unless a test moves the clock on. Runs after Spring Security's own listener has set the user.
 */
public class RecentSignInOfTheTest extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        SecurityContextHolderStrategy contexts = testContext.getApplicationContext()
                .getBean(SecurityContextHolderStrategy.class);
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication == null || authentication.getAuthorities().stream()
                .anyMatch(FactorGrantedAuthority.class::isInstance)) {
            return;
        }
        Clock clock = testContext.getApplicationContext().getBean(Clock.class);
        List<GrantedAuthority> authorities = new ArrayList<>(authentication.getAuthorities());
        authorities.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)
                .issuedAt(clock.instant()).build());
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(authentication.toBuilder().authorities(current -> {
            current.clear();
            current.addAll(authorities);
        }).build());
        contexts.setContext(context);
        TestSecurityContextHolder.setContext(context);
    }
}
