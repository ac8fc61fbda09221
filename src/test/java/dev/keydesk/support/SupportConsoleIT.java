package dev.keydesk.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.keydesk.apikey.NewApiKey;
import dev.keydesk.testsupport.ApiClient;
import dev.keydesk.testsupport.Chromium;
import dev.keydesk.testsupport.IntegrationTest;
import dev.keydesk.testsupport.TestAccounts;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import dev.keydesk.testsupport.TestKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The path support staff walk in a real browser: find Acme Corp, delete a key with a reason; the
 * customer then sees who did it and why, and the key is refused by the API.
 */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SupportConsoleIT {

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    @RegisterExtension
    static final Chromium CHROMIUM = new Chromium();

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestKeys testKeys;

    @Test
    void support_deletes_a_customer_key_with_a_reason_and_the_customer_sees_it_in_the_activity_log() {
        TestCustomer customer = accounts.demoCustomer("customer");
        UUID acme = customer.accountId();
        String keyName = "Browser " + UUID.randomUUID().toString().substring(0, 8);
        NewApiKey key = testKeys.generate(customer, keyName);
        assertThat(me(key.secret())).isEqualTo(200);
        String reason = "Customer reported a leak, ticket " + UUID.randomUUID().toString().substring(0, 8);

        try (BrowserContext support = CHROMIUM.newContext(port)) {
            Page page = logIn(support, "support", "support-password");
            page.waitForURL("**/support/accounts");
            page.getByLabel("Search", EXACT).fill("Acme");
            // The search applies after a short pause; wait until the grid shows only the match.
            page.waitForFunction("() => document.querySelector('vaadin-grid')?.size === 1");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open Acme Corp")).click();
            assertThat(page).hasURL(Pattern.compile(".*/support/accounts/" + acme));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Acme Corp")))
                    .isVisible();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete " + keyName)).click();
            assertThat(page.getByText("Delete API key?")).isVisible();
            page.getByLabel("Reason", EXACT).fill(reason);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete").setExact(true)).click();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete " + keyName)))
                    .hasCount(0);
        }

        try (BrowserContext browser = CHROMIUM.newContext(port)) {
            Page page = logIn(browser, "customer", "customer-password");
            page.waitForURL("**/api-keys");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Activity")).click();
            page.waitForURL("**/activity");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Activity")))
                    .isVisible();
            assertThat(page.getByText(reason)).isVisible();
            assertThat(page.getByText("Key deleted").first()).isVisible();
            assertThat(page.getByText("Support: support").first()).isVisible();
        }

        assertThat(me(key.secret())).isEqualTo(401);
    }

    private static Page logIn(BrowserContext context, String username, String password) {
        Page page = context.newPage();
        Chromium.logIn(page, username, password);
        return page;
    }

    private int me(String secret) {
        return new ApiClient(port).getWithKey("/api/v1/me", secret).statusCode();
    }
}
