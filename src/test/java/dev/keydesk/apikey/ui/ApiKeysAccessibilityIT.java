package dev.keydesk.apikey.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import dev.keydesk.account.AccountService;
import dev.keydesk.account.UserProvisioning;
import dev.keydesk.apikey.Access;
import dev.keydesk.apikey.ApiKeyService;
import dev.keydesk.apikey.Expiration;
import dev.keydesk.apikey.KeyPermissions;
import dev.keydesk.apikey.KeyRequest;
import dev.keydesk.apikey.PlatformService;
import dev.keydesk.testsupport.AxeAudit;
import dev.keydesk.testsupport.Chromium;
import dev.keydesk.testsupport.Screens;
import dev.keydesk.testsupport.SignedIn;
import dev.keydesk.testsupport.UsageFixture;
import dev.keydesk.usage.UsageIngestion;
import dev.keydesk.usage.UsageUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The customer's key pages in a real browser (the page, the generate, reveal, rename, edit and roll dialogs,
 * the delete question, where one Enter cancels, and the usage page with usage), in English and Brazilian
 * Portuguese, at 1280x800 and on a 390x844 phone: axe-core finds nothing in the light or the dark colour
 * scheme ({@link AxeAudit#assertCleanInBothSchemes}, every rule), the document
 * never scrolls sideways, focus goes into each dialog and back to what opened it, and the key is shown whole.
 * Screenshots of each state in both schemes land in target/screens (keys-…). A keyboard-only walk from the
 * login page to a copied key counts its key presses, and one from the page to a key's buttons shows that Enter
 * on any cell of a row reaches them, Esc goes back, the keyboard hint shows meanwhile, and Tab leaves the grid.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiKeysAccessibilityIT {

    private static final String LONG_NAME = "Nightly batch summarisation of customer support transcripts for the "
            + "quality team, region EU";
    /** The innermost focused element: its aria-label, else its text, else its tag name. */
    private static final String FOCUSED = """
            () => {
              let active = document.activeElement;
              while (active && active.shadowRoot && active.shadowRoot.activeElement) {
                active = active.shadowRoot.activeElement;
              }
              if (!active || active === document.body) {
                return 'body';
              }
              return active.getAttribute('aria-label') || active.textContent.trim() || active.localName;
            }""";

    @RegisterExtension
    static final Chromium CHROMIUM = new Chromium();

    @LocalServerPort
    int port;
    @Autowired
    ApiKeyService keys;
    @Autowired
    AccountService accounts;
    @Autowired
    ApplicationContext application;
    @Autowired
    UserProvisioning provisioning;
    @Autowired
    UsageIngestion ingestion;
    @Autowired
    JdbcClient jdbc;

    /** The customer's account with three keys worth looking at, and some usage. */
    @BeforeEach
    void keysWorthLookingAt() {
        SignedIn.in(application).as("customer", () -> {
            UUID account = accounts.currentAccount().id();
            keys.listKeys(account).forEach(key -> keys.delete(key.id()));
            UUID production = keys.generate(account, "Production").key().id();
            keys.generate(account, LONG_NAME);
            keys.generate(account, new KeyRequest("Staging", Expiration.CUSTOM,
                    LocalDate.now(ZoneOffset.UTC).plusDays(3),
                    KeyPermissions.Preset.RESTRICTED, Map.of(PlatformService.AGENTS, Access.READ), "203.0.113.0/24"));
            new UsageFixture(provisioning, ingestion, jdbc).report(production, PlatformService.TEXT_GENERATION,
                    UsageUnit.TOKENS, "120000", "1.80", Instant.now());
        });
    }

    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource({"en, desktop", "en, phone", "pt-BR, desktop", "pt-BR, phone"})
    void every_state_of_the_key_pages_passes_the_audit_fits_the_screen_and_keeps_the_focus(String language,
            String size) {
        Words words = Words.of(language);
        boolean phone = size.equals("phone");
        try (BrowserContext context = CHROMIUM.newContext(port, new Browser.NewContextOptions().setLocale(language)
                .setViewportSize(phone ? Screens.PHONE_WIDTH : Screens.DESKTOP_WIDTH,
                        phone ? Screens.PHONE_HEIGHT : Screens.DESKTOP_HEIGHT))) {
            Page page = context.newPage();
            String prefix = "keys-" + language + "-" + size + "-";
            logIn(page);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(words.title())))
                    .isVisible();
            assertThat(page.locator(".key-name:visible", new Page.LocatorOptions().setHasText(LONG_NAME)))
                    .isVisible();
            state(page, prefix + "1-keys");

            Locator generate = button(page, words.generate());
            generate.click();
            assertThat(openDialog(page)).hasCount(1);
            assertThat(textbox(page, words.name())).isFocused();
            state(page, prefix + "2-generate");
            textbox(page, words.name()).fill("Screenshot key");
            button(page, words.create()).click();

            Locator secret = textbox(page, words.apiKey());
            assertThat(secret).hasValue(Pattern.compile("kd_[0-9A-Za-z]{46}"));
            assertThat(secret).isFocused();
            assertThat(openDialog(page)).hasAttribute("aria-label", words.revealTitle());
            // The whole key is visible: nothing of it scrolls out of the field, whatever the width.
            assertThat((Boolean) secret.evaluate("field => field.scrollWidth <= field.clientWidth "
                    + "&& field.scrollHeight <= field.clientHeight + 1")).isTrue();
            state(page, prefix + "3-reveal");
            button(page, words.done()).click();
            assertThat(generate).isFocused();

            for (String action : List.of(words.rename(), words.edit(), words.roll())) {
                Locator trigger = button(page, action + " Production");
                trigger.click();
                assertThat(openDialog(page)).hasCount(1);
                state(page, prefix + "4-" + action.toLowerCase());
                button(page, words.cancel()).click();
                assertThat(openDialog(page)).hasCount(0);
                assertThat(trigger).isFocused();
            }

            button(page, words.delete() + " Screenshot key").click();
            assertThat(page.locator("vaadin-confirm-dialog[opened]")).hasCount(1);
            assertThat(button(page, words.cancel())).isFocused();
            // Audited with Cancel focused, as a keyboard user meets it (the focus ring shades the button).
            state(page, prefix + "5-delete");
            assertThat(button(page, words.cancel())).isFocused();
            page.keyboard().press("Enter");
            assertThat(page.locator("vaadin-confirm-dialog[opened]")).hasCount(0);
            assertThat(button(page, words.delete() + " Screenshot key")).isVisible();

            page.navigate("/usage");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(words.usage())
                    .setLevel(1))).isVisible();
            state(page, prefix + "6-usage");
        }
    }

    @Test
    void keyboard_only_from_the_login_page_to_a_copied_key() {
        try (BrowserContext context = CHROMIUM.newContext(port, new Browser.NewContextOptions()
                .setViewportSize(Screens.DESKTOP_WIDTH, Screens.DESKTOP_HEIGHT))) {
            context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
            Page page = context.newPage();
            AtomicInteger presses = new AtomicInteger();
            page.navigate("/login");
            Locator username = page.locator("input[name=username]");
            assertThat(username).isVisible();
            while (!username.evaluate("input => input === document.activeElement").equals(Boolean.TRUE)) {
                press(page, "Tab", presses);
            }
            page.keyboard().type("customer");
            press(page, "Tab", presses);
            page.keyboard().type("customer-password");
            press(page, "Enter", presses);
            page.waitForURL("**/api-keys");
            assertThat(button(page, "Generate API Key")).isVisible();

            pressTabUntilFocused(page, "Generate API Key", presses);
            press(page, "Enter", presses);
            assertThat(textbox(page, "Name")).isFocused();
            page.keyboard().type("Typed by keyboard");
            press(page, "Enter", presses);
            Locator secret = textbox(page, "API key");
            assertThat(secret).isFocused();
            String key = secret.inputValue();

            pressTabUntilFocused(page, "Copy", presses);
            press(page, "Enter", presses);
            assertThat(page.getByText("Copied to the clipboard.")).isVisible();
            assertThat(page.evaluate("navigator.clipboard.readText()")).isEqualTo(key);
            pressTabUntilFocused(page, "Done", presses);
            press(page, "Enter", presses);
            assertThat(button(page, "Generate API Key")).isFocused();

            System.out.println("Keyboard-only, login page to a copied key: " + presses.get() + " key presses");
            assertThat(presses.get()).isLessThanOrEqualTo(20);
        }
    }

    @Test
    void the_keyboard_reaches_a_keys_buttons_from_any_cell_with_a_visible_hint_and_tab_leaves_the_grid() {
        try (BrowserContext context = CHROMIUM.newContext(port, new Browser.NewContextOptions()
                .setViewportSize(Screens.DESKTOP_WIDTH, Screens.DESKTOP_HEIGHT))) {
            Page page = context.newPage();
            logIn(page);
            AtomicInteger presses = new AtomicInteger();
            Locator hint = page.locator("#" + KeyGrid.KEYBOARD_HINT_ID);
            assertThat(page.locator("vaadin-grid.key-grid")).hasAttribute("aria-describedby",
                    Pattern.compile("(^| )" + KeyGrid.KEYBOARD_HINT_ID + "( |$)"));
            assertThat(hint).isHidden();

            pressTabUntilFocused(page, "Generate API Key", presses);
            List<String> path = new java.util.ArrayList<>();
            for (int i = 0; i < 12 && !focusIn(page).startsWith("grid body-cell"); i++) {
                press(page, "Tab", presses);
                page.waitForTimeout(100);
                path.add(focusIn(page));
            }
            assertThat(focusIn(page)).as("Tab went through " + path).startsWith("grid body-cell");
            assertThat(hint).isVisible();
            assertThat(hint).hasText("Use the arrow keys to move between keys, Enter to reach a key's buttons, "
                    + "Esc to go back.");
            press(page, "Home", presses);
            assertThat(focusIn(page)).startsWith("grid body-cell");
            // The first column holds only the key's name; Enter still lands on the row's first button.
            press(page, "Enter", presses);
            assertThat(focusIn(page)).matches("grid button Edit .+");
            String key = focusIn(page).substring("grid button Edit ".length());
            press(page, "Tab", presses);
            assertThat(focusIn(page)).isEqualTo("grid button Roll " + key);
            press(page, "Tab", presses);
            assertThat(focusIn(page)).isEqualTo("grid button Rename " + key);
            press(page, "Escape", presses);
            assertThat(focusIn(page)).startsWith("grid body-cell");
            assertThat(hint).isVisible();
            int reached = presses.get();

            // No trap: Tab goes on past the grid.
            for (int i = 0; i < 5 && focusIn(page).startsWith("grid "); i++) {
                press(page, "Tab", presses);
                page.waitForTimeout(100);
            }
            assertThat(focusIn(page)).doesNotStartWith("grid ");
            assertThat(hint).isHidden();
            System.out.println("Keyboard-only, page load to a key's buttons and back: " + reached
                    + " key presses; out of the grid after " + (presses.get() - reached) + " more");
        }
    }

    /** "grid body-cell|header-cell|button <name>|…" while focus is inside the key grid, else "outside …". */
    private static String focusIn(Page page) {
        return (String) page.evaluate("""
                () => {
                  let active = document.activeElement;
                  const inGrid = !!(active && active.closest && active.closest('vaadin-grid'));
                  while (active && active.shadowRoot && active.shadowRoot.activeElement) {
                    active = active.shadowRoot.activeElement;
                  }
                  let what = active ? active.localName : 'none';
                  if (active && active.localName === 'td') {
                    what = (active.getAttribute('part') || '').includes('body-cell') ? 'body-cell' : 'header-cell';
                  } else if (active && active.localName === 'vaadin-button') {
                    what = 'button ' + active.getAttribute('aria-label');
                  }
                  return (inGrid ? 'grid ' : 'outside ') + what;
                }""");
    }

    /**
     * No sideways scrolling, no axe finding in either colour scheme (every rule, the landmark ones included:
     * the page sits in the app frame's {@code <main>}), and a screenshot in each to look at.
     */
    private static void state(Page page, String name) {
        page.waitForTimeout(400);
        Screens.assertNoHorizontalScroll(page, name);
        AxeAudit.assertCleanInBothSchemes(page, name);
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            AxeAudit.inScheme(page, scheme);
            Screens.shoot(page, name + "-" + scheme.name().toLowerCase());
        }
        AxeAudit.inScheme(page, ColorScheme.LIGHT);
    }

    private static void press(Page page, String key, AtomicInteger presses) {
        page.keyboard().press(key);
        presses.incrementAndGet();
    }

    private static void pressTabUntilFocused(Page page, String name, AtomicInteger presses) {
        List<Object> path = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Object focused = page.evaluate(FOCUSED);
            path.add(focused);
            if (name.equals(focused)) {
                return;
            }
            press(page, "Tab", presses);
            page.waitForTimeout(100);
        }
        throw new AssertionError("Tab never reached " + name + "; it went through " + path);
    }

    private static void logIn(Page page) {
        page.navigate("/login");
        page.locator("input[name=username]").fill("customer");
        page.locator("input[name=password]").fill("customer-password");
        page.locator("input[name=password]").press("Enter");
        page.waitForURL("**/api-keys");
    }

    /** An open dialog (the element itself has no box of its own: its overlay shows the content). */
    private static Locator openDialog(Page page) {
        return page.locator("vaadin-dialog[opened]");
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator textbox(Page page, String name) {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** The words the test looks for, in the page's language. */
    record Words(String title, String generate, String name, String create, String apiKey, String revealTitle,
            String done, String cancel, String rename, String edit, String roll, String delete, String usage) {

        static Words of(String language) {
            return language.startsWith("pt")
                    ? new Words("Chaves de API", "Gerar chave de API", "Nome", "Criar", "Chave de API",
                            "Sua nova chave de API", "Concluir", "Cancelar", "Renomear", "Editar", "Rotacionar",
                            "Excluir", "Uso")
                    : new Words("API Keys", "Generate API Key", "Name", "Create", "API key", "Your new API key",
                            "Done", "Cancel", "Rename", "Edit", "Roll", "Delete", "Usage");
        }
    }
}
