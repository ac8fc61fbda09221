package dev.keydesk.testsupport;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Browserless UI tests, all in one shared test context.
 *
 * <p>Every Spring context that Vaadin starts installs its own {@code SecurityContextHolderStrategy}
 * as the JVM-wide one, so once a second context has started in the same JVM, {@code @WithUserDetails}
 * signs the user in where the first context's views cannot see it. Browserless tests therefore run in
 * their own Surefire execution (tag {@value #TAG}, see pom.xml), where this is the only context.
 * Keep their configuration identical (no extra @MockitoBean or properties) so that it stays one.
 */
@SpringBootTest
@ActiveProfiles("test")
@Tag(BrowserlessTestBase.TAG)
public abstract class BrowserlessTestBase extends SpringBrowserlessTest {

    public static final String TAG = "browserless";
}
