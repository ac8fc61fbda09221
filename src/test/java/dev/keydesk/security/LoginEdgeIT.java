package dev.keydesk.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.sun.net.httpserver.HttpServer;
import dev.keydesk.testsupport.RawHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The login and the Content-Security-Policy in a real Chromium: a page of another origin cannot log a
 * visitor in (login CSRF), the real form still can, and nothing a person does on the way to a new key
 * breaks a rule of the policy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoginEdgeIT {

    private static Playwright playwright;
    private static Browser browser;
    private static HttpServer attacker;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launch() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
        PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
    }

    @AfterAll
    static void close() {
        if (attacker != null) {
            attacker.stop(0);
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void a_form_on_another_origin_cannot_log_the_visitor_in_but_the_login_form_can_and_logout_ends_the_session()
            throws IOException {
        String keydesk = "http://localhost:" + port;
        String evil = serveAutoPostingForm(keydesk + "/login");
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.setDefaultTimeout(60_000);

            page.navigate(evil);
            page.waitForURL(Pattern.compile(Pattern.quote(keydesk) + ".*"));
            page.navigate(keydesk + "/api-keys");
            assertThat(page).hasURL(Pattern.compile(".*/login$"));
            assertThat(field(page, "Username")).isVisible();

            field(page, "Username").fill("customer");
            field(page, "Password").fill("customer-password");
            button(page, "Log in").click();
            // Back to the page asked for before the login (Spring Security's saved request).
            assertThat(page).hasURL(Pattern.compile(".*/api-keys(\\?continue)?$"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("API Keys")
                    .setExact(true))).isVisible();
            String signedIn = sessionCookie(context);

            button(page, "Log out").click();
            assertThat(page).hasURL(Pattern.compile(".*/login$"));
            RawHttp.Response withTheOldCookie = new RawHttp(port).send("GET /api-keys HTTP/1.1",
                    "Cookie: JSESSIONID=" + signedIn);
            assertThat(withTheOldCookie.status()).as("the logged-out session").isEqualTo(302);
            assertThat(withTheOldCookie.header("Location")).contains("/login");
        }
    }

    private static String sessionCookie(BrowserContext context) {
        return context.cookies().stream().filter(cookie -> cookie.name.equals("JSESSIONID")).findFirst()
                .orElseThrow().value;
    }

    @Test
    void logging_in_and_revealing_and_copying_a_key_breaks_no_rule_of_the_content_security_policy() {
        String origin = "http://localhost:" + port;
        List<String> violations = new CopyOnWriteArrayList<>();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBaseURL(origin))) {
            context.grantPermissions(List.of("clipboard-read", "clipboard-write"),
                    new BrowserContext.GrantPermissionsOptions().setOrigin(origin));
            context.addInitScript("document.addEventListener('securitypolicyviolation', e => "
                    + "console.warn('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI))");
            Page page = context.newPage();
            page.setDefaultTimeout(60_000);
            page.onConsoleMessage(message -> {
                if (message.text().contains("Content Security Policy") || message.text().contains("CSP violation")) {
                    violations.add(message.text());
                }
            });

            page.navigate("/login");
            field(page, "Username").fill("customer");
            field(page, "Password").fill("customer-password");
            button(page, "Log in").click();
            button(page, "Generate API Key").click();
            field(page, "Name").fill("CSP " + System.nanoTime());
            button(page, "Create").click();
            assertThat(field(page, "API key")).hasValue(Pattern.compile("kd_[0-9A-Za-z]{46}"));
            button(page, "Copy").click();
            assertThat(page.getByText("Copied to the clipboard.")).isVisible();
            button(page, "Done").click();
            assertThat(field(page, "API key")).hasCount(0);
        }
        assertThat(violations).isEmpty();
    }

    /** A page on another origin (127.0.0.1 on another port) that posts a login for the attacker's account. */
    private static String serveAutoPostingForm(String target) throws IOException {
        attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] page = ("""
                <!doctype html><html><body>
                <form method="post" action="%s">
                  <input name="username" value="customer2"><input name="password" value="customer2-password">
                </form>
                <script>document.forms[0].submit()</script>
                </body></html>""".formatted(target)).getBytes(StandardCharsets.UTF_8);
        attacker.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        attacker.start();
        return "http://127.0.0.1:" + attacker.getAddress().getPort() + "/";
    }

    private static Locator field(Page page, String label) {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(label).setExact(true));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
