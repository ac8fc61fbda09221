package dev.keydesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import dev.keydesk.testsupport.AxeAudit;
import dev.keydesk.testsupport.Chromium;
import dev.keydesk.testsupport.IntegrationTest;
import dev.keydesk.testsupport.Screens;
import dev.keydesk.testsupport.TestAccounts;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The shell in a real browser: axe-core on the error pages and on the frame with the user menu open, in
 * light and dark, at desktop and phone width (no sideways scrolling); the skip link from the keyboard;
 * the language and dark mode picked in the menu, remembered. Fresh users only, so the demo users' stored
 * language never changes what other browser tests see. Screenshots in target/screens/shell-*.
 */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShellAccessibilityIT {

    @RegisterExtension
    static final Chromium CHROMIUM = new Chromium();

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;

    @Test
    void the_error_pages_pass_axe_in_light_and_dark_at_desktop_and_phone_width() {
        try (BrowserContext browser = context("en-US")) {
            Page page = signedIn(browser);
            for (String path : new String[] {"no-such-page", "support/accounts"}) {
                page.navigate("/" + path);
                heading(page).waitFor();
                String state = path.equals("no-such-page") ? "not found" : "access denied";
                assertThat(page.title()).isEqualTo(path.equals("no-such-page") ? "Page not found · Keydesk"
                        : "Access denied · Keydesk");
                Screens.desktop(page);
                AxeAudit.assertCleanInBothSchemes(page, state + ", desktop");
                shootBothSchemes(page, "shell-" + state + "-desktop-en");
                Screens.phone(page);
                Screens.assertNoHorizontalScroll(page, state + ", phone");
                AxeAudit.assertCleanInBothSchemes(page, state + ", phone");
                shootBothSchemes(page, "shell-" + state + "-phone-en");
            }
        }
    }

    @Test
    void the_frame_with_the_user_menu_open_passes_axe_in_light_and_dark() {
        try (BrowserContext browser = context("en-US")) {
            Page page = signedIn(browser);
            page.navigate("/no-such-page");
            heading(page).waitFor();
            Screens.desktop(page);
            openUserMenu(page);
            page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Português (Brasil)"))
                    .waitFor();
            AxeAudit.assertCleanInBothSchemes(page, "user menu open, desktop");
            shootBothSchemes(page, "shell-user-menu-desktop-en");
            page.keyboard().press("Escape");

            Screens.phone(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu")).click();
            page.locator("vaadin-app-layout[drawer-opened]").waitFor();
            Screens.assertNoHorizontalScroll(page, "drawer open, phone");
            AxeAudit.assertCleanInBothSchemes(page, "drawer open, phone");
            shootBothSchemes(page, "shell-drawer-phone-en");
        }
    }

    @Test
    void skip_to_content_is_the_first_tab_stop_and_moves_focus_to_the_page() {
        try (BrowserContext browser = context("en-US")) {
            Page page = signedIn(browser);
            page.navigate("/no-such-page");
            heading(page).waitFor();

            page.keyboard().press("Tab");
            assertThat(page.evaluate("() => document.activeElement.textContent.trim()")).isEqualTo("Skip to content");
            Screens.shoot(page, "shell-skip-link-focused");
            page.keyboard().press("Enter");
            assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo(MainLayout.MAIN_ID);
            assertThat(page.url()).doesNotContain("#");
        }
    }

    @Test
    void a_portuguese_browser_gets_the_shell_in_brazilian_portuguese_with_html_lang() {
        try (BrowserContext browser = context("pt-BR")) {
            Page page = signedIn(browser);
            page.navigate("/no-such-page");
            heading(page).waitFor();

            assertThat(heading(page).textContent()).isEqualTo("Página não encontrada");
            assertThat(page.title()).isEqualTo("Página não encontrada · Keydesk");
            assertThat(page.evaluate("() => document.documentElement.lang")).isEqualTo("pt-BR");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pular para o conteúdo"))
                    .count()).isEqualTo(1);
            AxeAudit.assertCleanInBothSchemes(page, "not found, pt-BR");
            shootBothSchemes(page, "shell-not-found-desktop-pt-BR");
            openUserMenu(page);
            page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("English")).waitFor();
            shootBothSchemes(page, "shell-user-menu-desktop-pt-BR");
            page.keyboard().press("Escape");
            Screens.phone(page);
            Screens.assertNoHorizontalScroll(page, "not found, pt-BR, phone");
            shootBothSchemes(page, "shell-not-found-phone-pt-BR");
        }
    }

    @Test
    void the_app_follows_the_devices_dark_scheme_until_a_scheme_is_picked_and_remembers_it() {
        TestCustomer customer = accounts.newCustomer();
        try (BrowserContext browser = context("en-US")) {
            Page page = browser.newPage();
            Chromium.signIn(page, customer.username(), TestCustomer.PASSWORD);
            page.navigate("/no-such-page");
            heading(page).waitFor();
            AxeAudit.inScheme(page, ColorScheme.DARK);
            assertThat(backgroundIsDark(page)).as("dark device, nothing picked").isTrue();
            AxeAudit.inScheme(page, ColorScheme.LIGHT);
            assertThat(backgroundIsDark(page)).as("light device, nothing picked").isFalse();

            openUserMenu(page);
            page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Dark")).check();
            page.waitForFunction("() => document.documentElement.getAttribute('theme') === 'dark'");
            assertThat(backgroundIsDark(page)).as("dark picked on a light device").isTrue();

            page.reload();
            heading(page).waitFor();
            page.waitForFunction("() => document.documentElement.getAttribute('theme') === 'dark'");
            assertThat(backgroundIsDark(page)).as("dark remembered after a reload").isTrue();
        }
    }

    @Test
    void picking_portuguese_in_the_user_menu_switches_the_page_and_is_remembered_at_the_next_sign_in() {
        TestCustomer customer = accounts.newCustomer();
        try (BrowserContext browser = context("en-US")) {
            Page page = browser.newPage();
            Chromium.signIn(page, customer.username(), TestCustomer.PASSWORD);
            page.navigate("/no-such-page");
            heading(page).waitFor();
            openUserMenu(page);
            page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Português (Brasil)"))
                    .click();
            page.waitForFunction("() => document.documentElement.lang === 'pt-BR'");
            heading(page).waitFor();
            page.waitForFunction("() => document.querySelector('h1') && document.querySelector('h1').textContent === 'Página não encontrada'");
        }
        try (BrowserContext browser = context("en-US")) {
            Page page = browser.newPage();
            Chromium.signIn(page, customer.username(), TestCustomer.PASSWORD);
            page.navigate("/no-such-page");
            heading(page).waitFor();
            assertThat(heading(page).textContent()).isEqualTo("Página não encontrada");
            assertThat(page.evaluate("() => document.documentElement.lang")).isEqualTo("pt-BR");
        }
    }

    private BrowserContext context(String locale) {
        return CHROMIUM.newContext(port, new Browser.NewContextOptions().setLocale(locale)
                .setViewportSize(Screens.DESKTOP_WIDTH, Screens.DESKTOP_HEIGHT));
    }

    private Page signedIn(BrowserContext browser) {
        TestCustomer customer = accounts.newCustomer();
        Page page = browser.newPage();
        Chromium.signIn(page, customer.username(), TestCustomer.PASSWORD);
        return page;
    }

    private static Locator heading(Page page) {
        return page.locator("main h1");
    }

    private static void openUserMenu(Page page) {
        page.locator(".user-menu-toggle").click();
        page.locator("#" + UserMenu.PANEL_ID).waitFor();
    }

    private static void shootBothSchemes(Page page, String name) {
        AxeAudit.inScheme(page, ColorScheme.LIGHT);
        Screens.shoot(page, name + "-light");
        AxeAudit.inScheme(page, ColorScheme.DARK);
        Screens.shoot(page, name + "-dark");
        AxeAudit.inScheme(page, ColorScheme.LIGHT);
    }

    /** The page's background luminance, from Lumo's base colour as the browser computes it. */
    private static boolean backgroundIsDark(Page page) {
        Screens.settle(page);
        Object dark = page.evaluate("""
                () => {
                  const color = getComputedStyle(document.querySelector('vaadin-app-layout')).getPropertyValue('--lumo-base-color');
                  const probe = document.createElement('div');
                  probe.style.color = color;
                  document.body.appendChild(probe);
                  const [r, g, b] = getComputedStyle(probe).color.match(/[\\d.]+/g).map(Number);
                  probe.remove();
                  return (0.2126 * r + 0.7152 * g + 0.0722 * b) < 128;
                }""");
        return Boolean.TRUE.equals(dark);
    }
}
