package dev.keydesk.testsupport;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Tag;

/**
 * Browserless UI tests: views driven on the server, in the shared {@link IntegrationTest} context. Sign
 * the user in with {@code @WithUserDetails}; {@link SecurityStrategyOfTheTest} makes that user visible to
 * Vaadin's own security checks. The tag {@value #TAG} lets you run only these:
 * {@code ./mvnw test -Dgroups=browserless}.
 */
@IntegrationTest
@Tag(BrowserlessTestBase.TAG)
public abstract class BrowserlessTestBase extends SpringBrowserlessTest {

    public static final String TAG = "browserless";
}
