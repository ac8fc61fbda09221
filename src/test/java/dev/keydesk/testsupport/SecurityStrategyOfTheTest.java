package dev.keydesk.testsupport;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Before each test, makes its own application context's {@link SecurityContextHolderStrategy} the JVM-wide
 * one, as it is in production, where there is only one context.
 *
 * <p>Every context that Vaadin starts (25.2.5) installs its strategy bean in the static
 * {@link SecurityContextHolder}, and the last one started wins. {@code @WithUserDetails}, method security
 * and our own code ({@code CurrentActor}, {@link SignedIn}) use the bean of their context, but Vaadin's
 * {@code AuthenticationContext} and browserless-test's mock servlet read the static holder. Without this, a
 * browserless test whose context was started before another one would render its views for nobody
 * (vaadin/flow#25507, fixed in Vaadin 25.2.8, which is not served here).
 */
public class SecurityStrategyOfTheTest extends AbstractTestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }
}
