package dev.keydesk.cluster;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;

/**
 * A person at the dashboard, in Debian's Chromium (offline), by the contract's labels only. One browser
 * window per address: cookies do not tell ports apart, so two nodes on one host need separate windows.
 */
final class Dashboard implements AutoCloseable {

    static final String NODE_COOKIE = "KEYDESK_NODE";
    private static final double TIMEOUT_MS = 90_000;
    private static final Pattern LOGIN = Pattern.compile(".*/login([?#].*)?$");
    /** After a sign-in that interrupted a page load, Spring Security adds "?continue". */
    private static final Pattern API_KEYS = Pattern.compile(".*/api-keys([?#].*)?$");

    private final Playwright playwright;
    private final Browser browser;

    Dashboard() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
    }

    /** A fresh window (no cookies) on the given address. */
    Page open(URI base) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(base.toString()).setViewportSize(1280, 900));
        Page page = context.newPage();
        page.setDefaultTimeout(TIMEOUT_MS);
        page.setDefaultNavigationTimeout(TIMEOUT_MS);
        return page;
    }

    static void register(Page page, String organization, String email, String username, String password) {
        page.navigate("/register");
        field(page, "Organization").fill(organization);
        field(page, "Email").fill(email);
        field(page, "Username").fill(username);
        field(page, "Password").fill(password);
        field(page, "Confirm password").fill(password);
        button(page, "Create account").click();
        page.waitForURL(LOGIN);
    }

    static void logIn(Page page, String username, String password) {
        if (!LOGIN.matcher(page.url()).matches()) {
            page.navigate("/login");
        }
        field(page, "Username").fill(username);
        field(page, "Password").fill(password);
        button(page, "Log in").click();
        page.waitForURL(API_KEYS);
        button(page, "Generate API Key").waitFor();
    }

    /** Generates a key on the API Keys page and returns the secret the one-time reveal shows. */
    static String generateKey(Page page, String name) {
        button(page, "Generate API Key").click();
        field(page, "Name").fill(name);
        button(page, "Create").click();
        Locator revealed = field(page, "API key");
        revealed.waitFor();
        page.waitForCondition(() -> revealed.inputValue().startsWith("kd_"));
        String secret = revealed.inputValue();
        button(page, "Done").click();
        button(page, "Delete " + name).waitFor();
        return secret;
    }

    /** Deletes a key on the API Keys page and returns once its row is gone (the deletion has committed). */
    static void deleteKey(Page page, String name) {
        button(page, "Delete " + name).click();
        page.getByText("Delete API key?").waitFor();
        button(page, "Delete").click();
        page.waitForCondition(() -> button(page, "Delete " + name).count() == 0);
    }

    static boolean listed(Page page, String name) {
        button(page, "Delete " + name).waitFor();
        return button(page, "Delete " + name).isVisible();
    }

    /** Loads the page again, as the person's next click would, and says whether it ended on the login page. */
    static boolean nextPageLoadAsksToSignIn(Page page) {
        page.reload();
        page.waitForURL(LOGIN);
        field(page, "Username").waitFor();
        return LOGIN.matcher(page.url()).matches();
    }

    /** The node the load balancer's sticky cookie names, e.g. "keydesk-1". */
    static String stickyNode(Page page) {
        return page.context().cookies().stream().filter(cookie -> cookie.name.equals(NODE_COOKIE))
                .map((Cookie cookie) -> cookie.value).findFirst()
                .orElseThrow(() -> new IllegalStateException("The load balancer set no " + NODE_COOKIE + " cookie"));
    }

    private static Locator field(Page page, String label) {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(label).setExact(true));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
