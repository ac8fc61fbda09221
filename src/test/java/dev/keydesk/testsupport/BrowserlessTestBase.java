package dev.keydesk.testsupport;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Browserless UI tests in the shared test context.
 *
 * <p>Vaadin makes every Spring context it starts install its own {@code SecurityContextHolderStrategy}
 * (with its own ThreadLocal) as the JVM-wide one. Once another context has started in the same JVM
 * (a PostgreSQL test, say), {@code @WithUserDetails} signs the user in where this context's views
 * cannot see it, and every view answers with the login page. So this context's strategy is put back,
 * with the test's user, before the mocked Vaadin request is built and again right before the test runs.
 */
@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(BrowserlessTestBase.ThisContextsSecurityStrategy.class)
public abstract class BrowserlessTestBase extends SpringBrowserlessTest {

    static final class ThisContextsSecurityStrategy implements BeforeEachCallback, BeforeTestExecutionCallback {

        /** Before the mocked Vaadin request is built, so that it reads this context's strategy. */
        @Override
        public void beforeEach(ExtensionContext extension) {
            beforeTestExecution(extension);
        }

        /** Once more after Spring Security has signed in this test's user. */
        @Override
        public void beforeTestExecution(ExtensionContext extension) {
            SecurityContextHolderStrategy strategy = SpringExtension.getApplicationContext(extension)
                    .getBean(SecurityContextHolderStrategy.class);
            // Spring Security keeps the test user in its own holder as well, independent of any strategy.
            SecurityContext signedIn = TestSecurityContextHolder.getContext();
            SecurityContextHolder.setContextHolderStrategy(strategy);
            SecurityContextHolder.setContext(signedIn);
        }
    }
}
