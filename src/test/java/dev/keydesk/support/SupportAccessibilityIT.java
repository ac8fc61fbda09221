package dev.keydesk.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.keydesk.apikey.NewApiKey;
import dev.keydesk.signin.SignInDetails;
import dev.keydesk.testsupport.AxeAudit;
import dev.keydesk.testsupport.Chromium;
import dev.keydesk.testsupport.IntegrationTest;
import dev.keydesk.testsupport.Screens;
import dev.keydesk.testsupport.TestAccounts;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import dev.keydesk.testsupport.TestKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;

/**
 * Issue 13 in a real browser for the login and sign-up pages, the support console and the activity log:
 * axe-core finds nothing in light and dark, on desktop and phone; the phone never scrolls the document
 * sideways; support's dialogs put focus on "Cancel" (one Enter deletes nothing) and give it back to the
 * button that opened them, or to the keys' heading once that button is gone. Screenshots go to
 * target/screens.
 */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SupportAccessibilityIT {

    @RegisterExtension
    static final Chromium CHROMIUM = new Chromium();

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestKeys testKeys;
    @Autowired
    AuthenticationProvider signIn;

    private BrowserContext context(boolean phone) {
        return CHROMIUM.newContext(port, new Browser.NewContextOptions().setLocale("en-US")
                .setViewportSize(phone ? Screens.PHONE_WIDTH : Screens.DESKTOP_WIDTH,
                        phone ? Screens.PHONE_HEIGHT : Screens.DESKTOP_HEIGHT));
    }

    /** Audits the state in both schemes, on the phone also the sideways scroll, and keeps a screenshot. */
    private static void check(Page page, String state, boolean phone) {
        String name = "support-" + state + (phone ? "-phone" : "-desktop");
        Screens.shoot(page, name);
        if (phone) {
            Screens.assertNoHorizontalScroll(page, state);
        }
        AxeAudit.assertCleanInBothSchemes(page, name);
        assertThat(page.title()).as(name + ": the page has a title").isNotBlank();
    }

    /**
     * Open dialogs: Vaadin's Dialog and ConfirmDialog (role dialog or alertdialog) while they are open. The host
     * element has no box of its own (its overlay draws the dialog), so Playwright never sees it as visible: count
     * these, and look for {@link #openDialogTitle} to see one.
     */
    private static Locator openDialogs(Page page) {
        return page.locator("vaadin-dialog[opened], vaadin-confirm-dialog[opened]");
    }

    /** What is seen of an open dialog: its title, the h2 drawn in its overlay. */
    private static Locator openDialogTitle(Page page) {
        return openDialogs(page).locator("h2");
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Page signedIn(BrowserContext context, String username, String password, String landing) {
        Page page = context.newPage();
        Chromium.logIn(page, username, password);
        page.waitForURL("**" + landing);
        return page;
    }

    private static String focused(Page page) {
        return (String) page.evaluate("() => { const e = document.activeElement; return e === document.body ? 'BODY'"
                + " : (e.getAttribute('aria-label') || e.textContent || e.tagName).trim(); }");
    }

    @Test
    void the_login_page_empty_and_after_a_failed_attempt_keeps_the_username_on_desktop_and_phone() {
        for (boolean phone : List.of(false, true)) {
            try (BrowserContext context = context(phone)) {
                Page page = context.newPage();
                page.navigate("/login");
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Log in")))
                        .isVisible();
                check(page, "login", phone);

                Chromium.logIn(page, "customer", "not-the-password");
                page.waitForURL("**/login?error");
                assertThat(page.getByText("Incorrect username or password")).isVisible();
                assertThat(Chromium.textbox(page, "Username")).hasValue("customer");
                check(page, "login-error", phone);
                assertThat(page.getByText("Keydesk", new Page.GetByTextOptions().setExact(true))).hasCount(1);
            }
        }
    }

    @Test
    void the_sign_up_page_empty_and_with_errors_on_desktop_and_phone() {
        for (boolean phone : List.of(false, true)) {
            try (BrowserContext context = context(phone)) {
                Page page = context.newPage();
                page.navigate("/register");
                assertThat(button(page, "Create account")).isVisible();
                check(page, "register", phone);

                page.getByLabel("Organization", new Page.GetByLabelOptions().setExact(true)).fill("A");
                button(page, "Create account").click();
                assertThat(page.getByText("This name is too short: use at least 2 characters.")).isVisible();
                check(page, "register-errors", phone);
            }
        }
    }

    @Test
    void the_support_pages_and_every_dialog_pass_the_audit_on_desktop_and_phone() {
        TestCustomer customer = accounts.newCustomer();
        String keyName = "Audit " + UUID.randomUUID().toString().substring(0, 8);
        testKeys.generate(customer, keyName);
        lockOut(customer.username());
        String accountName = "Account of " + customer.username();
        for (boolean phone : List.of(false, true)) {
            try (BrowserContext context = context(phone)) {
                Page page = signedIn(context, "support", "support-password", "/support/accounts");
                page.getByLabel("Search", new Page.GetByLabelOptions().setExact(true)).fill(customer.username());
                assertThat(button(page, "Open " + accountName)).isVisible();
                check(page, "customer-accounts", phone);

                page.navigate("/support/accounts/" + customer.accountId());
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(accountName)))
                        .isVisible();
                check(page, "account", phone);

                dialog(page, "Delete " + keyName, "delete-dialog", phone);
                dialog(page, "Rename " + keyName, "rename-dialog", phone);
                dialog(page, "Set expiration " + keyName, "expiration-dialog", phone);
                dialog(page, "Change key limit", "key-limit-dialog", phone);
                dialog(page, "Suspend account", "suspension-dialog", phone);
                dialog(page, "Lift lock of " + customer.username(), "lift-lock-dialog", phone);

                page.navigate("/support/sign-in-locks");
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sign-in locks")))
                        .isVisible();
                check(page, "sign-in-locks", phone);
            }
        }
    }

    /** Opens a dialog with its trigger, audits it, closes it with Escape: focus is back on the trigger. */
    private static void dialog(Page page, String trigger, String state, boolean phone) {
        Locator opener = button(page, trigger);
        opener.scrollIntoViewIfNeeded();
        opener.click();
        assertThat(openDialogs(page)).hasCount(1);
        assertThat(openDialogTitle(page)).isVisible();
        check(page, state, phone);
        page.keyboard().press("Escape");
        assertThat(openDialogs(page)).hasCount(0);
        page.waitForFunction("name => (document.activeElement.getAttribute('aria-label') || "
                + "document.activeElement.textContent).trim() === name", trigger);
    }

    @Test
    void the_customers_activity_passes_the_audit_and_long_details_wrap_on_desktop_and_phone() {
        TestCustomer customer = accounts.newCustomer();
        NewApiKey key = testKeys.generate(customer, "Activity " + UUID.randomUUID().toString().substring(0, 8));
        testKeys.rename(customer, key, "A much longer name so that the details of the rename are long "
                + UUID.randomUUID());
        for (boolean phone : List.of(false, true)) {
            try (BrowserContext context = context(phone)) {
                Page page = signedIn(context, customer.username(), TestCustomer.PASSWORD, "/api-keys");
                page.navigate("/activity");
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Activity")))
                        .isVisible();
                assertThat(page.getByText("Key renamed").first()).isVisible();
                check(page, "activity", phone);
            }
        }
    }

    @Test
    void the_delete_confirmation_focuses_cancel_so_enter_deletes_nothing_and_after_a_delete_focus_is_on_the_keys() {
        TestCustomer customer = accounts.newCustomer();
        String keyName = "Focus " + UUID.randomUUID().toString().substring(0, 8);
        testKeys.generate(customer, keyName);
        try (BrowserContext context = context(false)) {
            Page page = signedIn(context, "support", "support-password", "/support/accounts");
            page.navigate("/support/accounts/" + customer.accountId());
            Locator delete = button(page, "Delete " + keyName);

            delete.click();
            assertThat(openDialogs(page)).hasCount(1);
            page.waitForFunction("() => document.activeElement?.textContent?.trim() === 'Cancel'");
            page.keyboard().press("Enter");
            assertThat(openDialogs(page)).hasCount(0);
            assertThat(delete).isVisible();
            page.waitForFunction("name => document.activeElement?.getAttribute('aria-label') === name",
                    "Delete " + keyName);

            delete.click();
            page.getByLabel("Reason", new Page.GetByLabelOptions().setExact(true)).fill("Customer asked, ticket 7");
            button(page, "Delete").click();
            assertThat(delete).hasCount(0);
            page.waitForFunction("() => document.activeElement?.textContent?.trim() === 'API keys'");
            assertThat(focused(page)).isEqualTo("API keys");
        }
    }

    @Test
    void a_refused_reason_keeps_the_confirmation_open_at_the_reason_with_its_error() {
        TestCustomer customer = accounts.newCustomer();
        String keyName = "Reason " + UUID.randomUUID().toString().substring(0, 8);
        testKeys.generate(customer, keyName);
        try (BrowserContext context = context(false)) {
            Page page = signedIn(context, "support", "support-password", "/support/accounts");
            page.navigate("/support/accounts/" + customer.accountId());
            button(page, "Delete " + keyName).click();
            button(page, "Delete").click();

            // The field's own error (the same words are also announced through the page's live region).
            assertThat(page.locator("[slot=error-message]", new Page.LocatorOptions()
                    .setHasText("Give a reason of at least 3 characters."))).isVisible();
            assertThat(openDialogs(page)).hasCount(1);
            assertThat(openDialogTitle(page)).isVisible();
            page.waitForFunction("() => document.activeElement?.closest('vaadin-text-field')?.label === 'Reason'"
                    + " || document.activeElement?.label === 'Reason'");
            assertThat(button(page, "Delete " + keyName)).hasCount(1);
        }
    }

    private void lockOut(String username) {
        for (int i = 0; i < 6; i++) {
            try {
                UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(
                        username, "wrong-password");
                token.setDetails(new SignInDetails("2001:db8:13::1", "SupportAccessibilityIT"));
                signIn.authenticate(token);
            } catch (AuthenticationException expected) {
                // Five wrong passwords, then one refusal: the username is locked.
            }
        }
    }
}
