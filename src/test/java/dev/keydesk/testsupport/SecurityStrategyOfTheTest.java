package dev.keydesk.testsupport;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Before each test, makes its own application context's {@link SecurityContextHolderStrategy} the JVM-wide
 * one, as it is in production, where there is only one context. Registered for every test in
 * META-INF/spring.factories.
 *
 * <p>Every context that Vaadin starts (25.2.5) installs its strategy bean in the static
 * {@link SecurityContextHolder}, and the last one started wins. Method security ({@code @RolesAllowed} on
 * services) and {@code @WithUserDetails} use the bean of their own context, while {@link SignedIn} and
 * {@code CurrentActor} use the static holder: without this, a test whose cached context was started before
 * another one would sign in where its services' role checks cannot see it (vaadin/flow#25507, fixed in
 * Vaadin 25.2.8, which is not served here).
 */
public class SecurityStrategyOfTheTest extends AbstractTestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }
}
