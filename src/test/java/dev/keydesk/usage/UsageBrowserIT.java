package dev.keydesk.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
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
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole path in a real browser: a model service reports usage over HTTP, the customer opens Usage from
 * the sidebar, sees the chart (at desktop and phone widths; screenshots in target/usage-screens) and downloads
 * the CSV.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UsageBrowserIT {

    private static Playwright playwright;
    private static Browser browser;
    private static final Path SCREENS = Path.of("target", "usage-screens");

    @LocalServerPort
    int port;
    @Autowired
    ApiKeyService keys;
    @Autowired
    AccountService accounts;
    @Autowired
    ApplicationContext application;

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
    void a_customer_opens_usage_sees_the_chart_and_downloads_the_csv() throws Exception {
        String name = "Metered " + UUID.randomUUID().toString().substring(0, 6);
        UUID keyId = SignedIn.in(application).as("customer",
                () -> keys.generate(accounts.currentAccount().id(), name).key().id());
        HttpResponse<String> reported = report(keyId);
        assertThat(reported.statusCode()).isEqualTo(200);
        assertThat(reported.body()).contains("\"accepted\":20");

        try (Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 800)
                .setAcceptDownloads(true))) {
            logIn(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Usage")).click();
            page.waitForURL("**/usage");
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Usage").setExact(true)).waitFor();
            assertThat(page.locator(".usage-chart-wide svg rect").count()).isGreaterThanOrEqualTo(10);
            assertThat(page.locator(".usage-chart-wide svg").isVisible()).isTrue();
            assertThat(page.locator(".usage-table").textContent()).contains(name);
            Files.createDirectories(SCREENS);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENS.resolve("usage-1280x800.png")).setFullPage(true));

            Download download = page.waitForDownload(() -> page.locator(".usage-download").click());
            String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
            assertThat(csv).startsWith("from,to,key,key_id,service,unit,quantity,cost_usd");
            assertThat(csv).contains(name + "," + keyId + ",Text generation,tokens,20000,2.00");

            page.setViewportSize(390, 844);
            page.navigate(base() + "/usage");
            page.locator(".usage-chart-narrow svg").waitFor();
            assertThat(page.locator(".usage-chart-wide svg").isVisible()).isFalse();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENS.resolve("usage-390x844.png")).setFullPage(true));
        }
    }

    private HttpResponse<String> report(UUID keyId) throws Exception {
        List<String> events = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < 20; i++) {
            events.add("""
                    {"id": "%s", "key_id": "%s", "service": "text-generation", "quantity": 1000, "unit": "tokens",
                     "cost": "0.10", "occurred_at": "%s"}""".formatted(UUID.randomUUID(), keyId,
                    now.minus(Duration.ofDays(i % 10))));
        }
        String body = "{\"events\": [" + String.join(",", events) + "]}";
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + UsageController.PATH))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + UsageEvents.TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void logIn(Page page) {
        page.navigate(base() + "/login");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Username")).fill("customer");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password")).fill("customer-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        page.waitForURL("**/api-keys");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
