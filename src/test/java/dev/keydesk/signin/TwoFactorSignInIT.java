package dev.keydesk.signin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.keydesk.account.UserProvisioning;
import dev.keydesk.testsupport.Chromium;
import dev.keydesk.testsupport.IntegrationTest;
import dev.keydesk.testsupport.SignedIn;
import dev.keydesk.testsupport.TestAccounts;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import dev.keydesk.twofactor.AuthenticatorApp;
import dev.keydesk.twofactor.TwoFactorEnrolment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Two-factor sign-in in a real Chromium, as people walk it (contract, "Two-factor sign-in"): set it up on
 * the Security page (the test is the authenticator app: it reads the secret from the page), sign out, sign
 * in with password and code; a recovery code works once; with the {@code prod} policy, support staff are
 * led to set it up before they see the console. Screenshots of the code page go to target/screenshots.
 */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "keydesk.two-factor-policy.required-for-support=true")
class TwoFactorSignInIT {

    /** Spring Security's request cache may leave {@code ?continue} on the address. */
    static final Pattern CODE_PAGE = Pattern.compile(".*/login/code(\\?continue)?$");

    @RegisterExtension
    static final Chromium CHROMIUM = new Chromium();

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserProvisioning provisioning;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TwoFactorEnrolment enrolment;

    @Test
    void a_customer_sets_up_two_factor_signs_out_and_signs_in_with_password_and_code() {
        TestCustomer customer = accounts.newCustomer();
        try (BrowserContext context = CHROMIUM.newContext(port)) {
            Page page = context.newPage();
            Chromium.logIn(page, customer.username(), TestCustomer.PASSWORD);
            assertThat(page).hasURL(Pattern.compile(".*/api-keys$"));

            AuthenticatorApp app = setUpOnSecurityPage(page);
            Chromium.button(page, "Log out").click();
            assertThat(page).hasURL(Pattern.compile(".*/login$"));

            Chromium.logIn(page, customer.username(), TestCustomer.PASSWORD);
            assertThat(page).hasURL(CODE_PAGE);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                    .setName("Two-factor authentication"))).isVisible();
            screenshots(page);
            // Nothing else opens before the code: the address bar leads back to the code page.
            page.navigate("/api-keys");
            assertThat(page).hasURL(CODE_PAGE);

            Chromium.textbox(page, "Authentication code").fill(app.wrongCode());
            Chromium.button(page, "Verify").click();
            assertThat(page.getByText("That code is not right").first()).isVisible();
            // The enrolment used this step's code, and a code is accepted once: the app's next one.
            Chromium.textbox(page, "Authentication code").fill(app.codeInSteps(1));
            Chromium.button(page, "Verify").click();

            assertThat(page).hasURL(Pattern.compile(".*/api-keys$"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("API Keys").setExact(true))).isVisible();
        }
    }

    @Test
    void a_recovery_code_signs_in_once_and_is_refused_the_second_time() {
        TestCustomer customer = accounts.newCustomer();
        AuthenticatorApp.Enrolled enrolled = AuthenticatorApp.enrol(signedIn, enrolment, customer.username());
        String recoveryCode = enrolled.codes().codes().getFirst();

        try (BrowserContext context = CHROMIUM.newContext(port)) {
            Page page = context.newPage();
            signInWithRecoveryCode(page, customer.username(), recoveryCode);
            assertThat(page).hasURL(Pattern.compile(".*/api-keys$"));
        }
        try (BrowserContext context = CHROMIUM.newContext(port)) {
            Page page = context.newPage();
            signInWithRecoveryCode(page, customer.username(), recoveryCode);
            assertThat(page.getByText("That is not one of your unused recovery codes.").first()).isVisible();
            page.navigate("/api-keys");
            assertThat(page).hasURL(CODE_PAGE);
        }
    }

    @Test
    void support_staff_are_led_to_set_up_two_factor_before_they_see_the_console() {
        String support = "support-" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.createSupportUser(support, TestCustomer.PASSWORD);
        try (BrowserContext context = CHROMIUM.newContext(port)) {
            Page page = context.newPage();
            Chromium.logIn(page, support, TestCustomer.PASSWORD);

            assertThat(page).hasURL(Pattern.compile(".*/account/security$"));
            assertThat(page.getByText("Support staff must use two-factor authentication").first()).isVisible();
            page.navigate("/support/accounts");
            assertThat(page).hasURL(Pattern.compile(".*/account/security$"));
            assertThat(page.getByText("Acme Corp")).hasCount(0);

            AuthenticatorApp app = setUpOnSecurityPage(page);
            page.navigate("/support/accounts");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Customer accounts")))
                    .isVisible();

            Chromium.button(page, "Log out").click();
            assertThat(page).hasURL(Pattern.compile(".*/login$"));
            Chromium.logIn(page, support, TestCustomer.PASSWORD);
            assertThat(page).hasURL(CODE_PAGE);
            Chromium.textbox(page, "Authentication code").fill(app.codeInSteps(1));
            Chromium.button(page, "Verify").click();
            assertThat(page).hasURL(Pattern.compile(".*/support/accounts$"));
        }
    }

    /** Sets two-factor up as a person does, the test playing the authenticator app; answers the app. */
    private static AuthenticatorApp setUpOnSecurityPage(Page page) {
        page.navigate("/account/security");
        Chromium.button(page, "Set up two-factor authentication").click();
        Locator secret = page.locator(".two-factor-secret");
        assertThat(secret).isVisible();
        AuthenticatorApp app = AuthenticatorApp.of(secret.innerText());
        Chromium.textbox(page, "Authentication code").fill(app.codeNow());
        Chromium.button(page, "Verify").click();
        Locator codes = page.locator(".recovery-codes li");
        assertThat(codes).hasCount(10);
        List<String> shown = codes.allInnerTexts();
        assertThat(shown).allMatch(code -> code.matches("[a-z0-9]{5}-[a-z0-9]{5}"));
        Chromium.button(page, "Done").click();
        assertThat(page.getByText("Two-factor authentication is on.").first()).isVisible();
        return app;
    }

    private static void signInWithRecoveryCode(Page page, String username, String recoveryCode) {
        Chromium.logIn(page, username, TestCustomer.PASSWORD);
        assertThat(page).hasURL(CODE_PAGE);
        Chromium.button(page, "Use a recovery code").click();
        Chromium.textbox(page, "Recovery code").fill(recoveryCode);
        Chromium.button(page, "Verify").click();
    }

    /** For people to look at: the code page on a desktop and a phone. */
    private static void screenshots(Page page) {
        page.setViewportSize(1280, 800);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/two-factor-code-desktop.png")));
        page.setViewportSize(390, 844);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/two-factor-code-phone.png")));
        Chromium.button(page, "Use a recovery code").click();
        assertThat(Chromium.textbox(page, "Recovery code")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/two-factor-recovery-phone.png")));
        Chromium.button(page, "Use your authenticator app instead").click();
        assertThat(Chromium.textbox(page, "Authentication code")).isVisible();
        page.setViewportSize(1280, 900);
    }
}
