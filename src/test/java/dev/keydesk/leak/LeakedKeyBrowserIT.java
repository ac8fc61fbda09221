package dev.keydesk.leak;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.keydesk.testsupport.ApiClient;
import dev.keydesk.testsupport.Chromium;
import dev.keydesk.testsupport.IntegrationTest;
import dev.keydesk.testsupport.TestAccounts;
import dev.keydesk.testsupport.TestKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole path in a real browser: a code host reports the demo customer's key over HTTP, and the
 * customer sees where it was found as a link that opens in a new tab with no way back to Keydesk.
 */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LeakedKeyBrowserIT {

    @RegisterExtension
    static final Chromium CHROMIUM = new Chromium();

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestKeys testKeys;

    @Test
    void the_found_publicly_link_opens_in_a_new_tab_without_opener_or_referrer() {
        ApiClient api = new ApiClient(port);
        String name = "Leaked " + UUID.randomUUID().toString().substring(0, 8);
        String key = testKeys.generate(accounts.demoCustomer("customer"), name).secret();
        // A page of this server stands in for the public place, so the new tab loads offline.
        String foundAt = "http://localhost:" + port + "/api/v1/ping?found=" + UUID.randomUUID();

        byte[] body = TestReports.body(List.of(key), foundAt);
        HttpResponse<String> report = api.post(SecretScanningController.PATH, body,
                "Content-Type", "application/json",
                SecretScanningController.KEY_IDENTIFIER, TestReports.KEY_IDENTIFIER,
                SecretScanningController.KEY_SIGNATURE, TestReports.sign(body));
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).contains("\"label\":\"true_positive\"");
        assertThat(api.getWithKey("/api/v1/me", key).statusCode()).isEqualTo(401);

        try (BrowserContext browser = CHROMIUM.newContext(port)) {
            Page page = browser.newPage();
            Chromium.logIn(page, "customer", "customer-password");
            page.waitForURL("**/api-keys");
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("API Keys")).waitFor();
            Locator row = page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(name));
            assertThat(row.first().textContent()).contains("Found publicly at " + foundAt);
            Locator link = page.locator("vaadin-grid a[href='" + foundAt + "']");
            assertThat(link.count()).isEqualTo(1);
            assertThat(link.getAttribute("target")).isEqualTo("_blank");
            assertThat(link.getAttribute("rel")).isEqualTo("noopener noreferrer");

            Page tab = page.context().waitForPage(link::click);
            tab.waitForLoadState();
            assertThat(tab.url()).isEqualTo(foundAt);
            assertThat(tab.evaluate("() => window.opener === null")).isEqualTo(true);
            assertThat(tab.evaluate("() => document.referrer")).isEqualTo("");
        }
    }
}
