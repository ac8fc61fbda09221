package dev.keydesk.leak;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import dev.keydesk.account.AccountService;
import dev.keydesk.apikey.ApiKeyService;
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
 * The whole path in a real browser: a code host reports the demo customer's key over HTTP, and the
 * customer sees where it was found as a link that opens in a new tab with no way back to Keydesk.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LeakedKeyBrowserIT {

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    ApiKeyService keys;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;

    @BeforeAll
    static void launch() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of("/usr/bin/chromium"))
                .setArgs(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void the_found_publicly_link_opens_in_a_new_tab_without_opener_or_referrer() throws Exception {
        String name = "Leaked " + UUID.randomUUID().toString().substring(0, 8);
        String key = new SignedIn(users).as("customer",
                () -> keys.generate(accounts.currentAccount().id(), name).secret());
        // A page of this server stands in for the public place, so the new tab loads offline.
        String foundAt = base() + "/api/v1/ping?found=" + UUID.randomUUID();

        HttpResponse<String> report = post(TestReports.body(List.of(key), foundAt));
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).contains("\"label\":\"true_positive\"");
        assertThat(get("/api/v1/me", key).statusCode()).isEqualTo(401);

        try (Page page = browser.newPage()) {
            logIn(page);
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

    private void logIn(Page page) {
        page.navigate(base() + "/login");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Username")).fill("customer");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password")).fill("customer-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        page.waitForURL("**/api-keys");
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("API Keys")).waitFor();
    }

    private HttpResponse<String> post(byte[] body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + SecretScanningController.PATH))
                .header("Content-Type", "application/json")
                .header(SecretScanningController.KEY_IDENTIFIER, TestReports.KEY_IDENTIFIER)
                .header(SecretScanningController.KEY_SIGNATURE, TestReports.sign(body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String key) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Authorization", "Bearer " + key).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
