package dev.keydesk.testsupport;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium driven by Playwright, offline: nothing is downloaded at test time, and a missing
 * Chromium fails the test (never skips it). Register it in a browser test as
 * {@code @RegisterExtension static final Chromium CHROMIUM = new Chromium();}: it starts before the
 * class's first test and stops after its last.
 */
public final class Chromium implements BeforeAllCallback, AfterAllCallback {

    private static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
    private static final List<String> FLAGS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync");

    private @Nullable Playwright playwright;
    private @Nullable Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE).setHeadless(true).setArgs(FLAGS));
        // Vaadin dev mode serves the first page slowly on a busy machine.
        PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** A fresh browser profile (no cookies, no storage) whose relative URLs go to the test server. */
    public BrowserContext newContext(int port) {
        return newContext(port, new Browser.NewContextOptions().setViewportSize(1280, 900));
    }

    /**
     * A fresh browser profile with the given options, e.g. {@code setLocale("pt-BR")} (the Accept-Language
     * header), {@code setColorScheme(ColorScheme.DARK)} or a phone viewport; relative URLs go to the test server.
     */
    public BrowserContext newContext(int port, Browser.NewContextOptions options) {
        if (browser == null) {
            throw new IllegalStateException("Register Chromium with @RegisterExtension on a static field");
        }
        return browser.newContext(options.setBaseURL("http://localhost:" + port));
    }

    /** A page without a server (e.g. {@code page.setContent(html)}), for tests of the test helpers. */
    public Page newBlankPage() {
        if (browser == null) {
            throw new IllegalStateException("Register Chromium with @RegisterExtension on a static field");
        }
        return browser.newPage();
    }

    /** Fills in and sends the login form; where the page goes next is for the test to check. */
    public static void logIn(Page page, String username, String password) {
        page.navigate("/login");
        textbox(page, "Username").fill(username);
        textbox(page, "Password").fill(password);
        button(page, "Log in").click();
    }

    /**
     * Signs in through the login form whatever language the page is in (the form's own field names and
     * Enter), and waits until the browser has left /login.
     */
    public static void signIn(Page page, String username, String password) {
        page.navigate("/login");
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        page.locator("input[name='password']").press("Enter");
        page.waitForURL(url -> !url.contains("/login"));
    }

    public static Locator textbox(Page page, String label) {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(label).setExact(true));
    }

    public static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
