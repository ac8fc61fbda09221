package dev.keydesk.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.keydesk.account.AccountService;
import dev.keydesk.apikey.ApiKeyService;
import dev.keydesk.apikey.NewApiKey;
import dev.keydesk.testsupport.SignedIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * The path support staff walk in a real browser: find Acme Corp, delete a key with a reason; the
 * customer then sees who did it and why, and the key is refused by the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SupportConsoleIT {

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    private static Chromium chromium;

    @LocalServerPort
    int port;
    @Autowired
    ApiKeyService keys;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;

    @BeforeAll
    static void startBrowser() {
        chromium = new Chromium();
    }

    @AfterAll
    static void stopBrowser() {
        chromium.close();
    }

    @Test
    void support_deletes_a_customer_key_with_a_reason_and_the_customer_sees_it_in_the_activity_log()
            throws Exception {
        SignedIn signedIn = new SignedIn(users);
        UUID acme = signedIn.as("customer", () -> accounts.currentAccount().id());
        String keyName = "Browser " + UUID.randomUUID().toString().substring(0, 8);
        NewApiKey key = signedIn.as("customer", () -> keys.generate(acme, keyName));
        assertThat(me(key.secret())).isEqualTo(200);
        String reason = "Customer reported a leak, ticket " + UUID.randomUUID().toString().substring(0, 8);

        try (BrowserContext support = chromium.browser().newContext()) {
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

        try (BrowserContext customer = chromium.browser().newContext()) {
            Page page = logIn(customer, "customer", "customer-password");
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

    private Page logIn(BrowserContext context, String username, String password) {
        Page page = context.newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Username", EXACT).fill(username);
        page.getByLabel("Password", EXACT).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        return page;
    }

    private int me(String secret) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                    .header("Authorization", "Bearer " + secret).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }
}
