package dev.keydesk.testsupport;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Vaadin installs its own SecurityContextHolderStrategy, one instance per application context, in
 * a static field. With two test contexts in one JVM, the one started last wins, and a test that
 * runs later in the first context would read an empty security context. Before each test, this
 * puts back the strategy of the test's own context (before {@code @WithUserDetails} is applied).
 */
public class SecurityContextStrategyListener implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifUnique(SecurityContextHolder::setContextHolderStrategy);
        }
    }

    @Override
    public int getOrder() {
        // WithSecurityContextTestExecutionListener runs at 10000.
        return 9000;
    }
}
