package dev.keydesk.password;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.keydesk.testsupport.Chromium.button;
import static dev.keydesk.testsupport.Chromium.textbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.keydesk.testsupport.Chromium;
import dev.keydesk.testsupport.IntegrationTest;
import dev.keydesk.testsupport.Screens;
import dev.keydesk.testsupport.TestAccounts;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import dev.keydesk.testsupport.TestClock;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * In a real Chromium, with mail caught by an in-process SMTP server: the Security page's password and
 * session sections, "Forgot password?" to a reset by mail that ends the other browser's session, and
 * "Confirm it's you" before a delete once the sign-in is 16 minutes old. Screenshots at 1280×800 and 390×844
 * in target/screens/.
 */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.Config.class)
class AccountSecurityBrowserIT {

    @RegisterExtension
    static final Chromium CHROMIUM = new Chromium();
    private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private static final Pattern LINK = Pattern.compile("http://localhost:\\d+(/reset-password\\?token=\\S+)");

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        SMTP.start();
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stopMail() {
        SMTP.stop();
    }

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestClock clock;

    /** The test clock stands still; each test starts it at the real time, as the sign-ins' own times are. */
    @BeforeEach
    void clockAtTheRealTime() {
        clock.set(Instant.now());
    }

    @Test
    void a_forgotten_password_is_reset_by_mail_and_the_other_browser_is_signed_out() throws Exception {
        TestCustomer customer = accounts.newCustomer();
        try (BrowserContext signedIn = CHROMIUM.newContext(port); BrowserContext forgot = CHROMIUM.newContext(port)) {
            Page security = signedIn.newPage();
            Chromium.logIn(security, customer.username(), TestCustomer.PASSWORD);
            assertThat(security).hasURL(Pattern.compile(".*/api-keys$"));
            security.navigate("/account/security");
            assertThat(security.getByText("This session")).isVisible();
            assertThat(button(security, "Change password")).isVisible();
            shootBoth(security, "security-page");
            security.getByText("Active sessions").scrollIntoViewIfNeeded();
            Screens.shoot(security, "security-sessions-1280x800");
            Screens.phone(security);
            security.getByText("Active sessions").scrollIntoViewIfNeeded();
            Screens.shoot(security, "security-sessions-390x844");
            Screens.desktop(security);

            Page page = forgot.newPage();
            page.navigate("/login");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Forgot password?")).click();
            assertThat(textbox(page, "Username or email")).isVisible();
            shootBoth(page, "forgot-password");
            textbox(page, "Username or email").fill(customer.username() + "@example.com");
            button(page, "Send reset link").click();
            assertThat(page.getByText("a reset link is on its way")).isVisible();
            Screens.desktop(page);
            Screens.shoot(page, "forgot-password-sent-1280x800");

            page.navigate(resetLink(customer.username() + "@example.com"));
            assertThat(textbox(page, "New password")).isVisible();
            shootBoth(page, "reset-password");
            Screens.desktop(page);
            textbox(page, "New password").fill("elevenchars");
            textbox(page, "Confirm new password").fill("elevenchars");
            button(page, "Reset password").click();
            assertThat(page.getByText("Use at least 12 characters.").first()).isVisible();
            Screens.shoot(page, "reset-password-refused-1280x800");
            textbox(page, "New password").fill("a brand new passphrase");
            textbox(page, "Confirm new password").fill("a brand new passphrase");
            button(page, "Reset password").click();
            assertThat(page.getByText("Your password was reset")).isVisible();

            security.navigate("/api-keys");
            assertThat(security).hasURL(Pattern.compile(".*/login.*"));

            Chromium.logIn(page, customer.username(), "a brand new passphrase");
            assertThat(page).hasURL(Pattern.compile(".*/api-keys$"));
        }
    }

    @Test
    void a_delete_sixteen_minutes_after_sign_in_asks_for_the_password_first() {
        TestCustomer customer = accounts.newCustomer();
        try (BrowserContext browser = CHROMIUM.newContext(port)) {
            Page page = browser.newPage();
            Chromium.logIn(page, customer.username(), TestCustomer.PASSWORD);
            assertThat(page).hasURL(Pattern.compile(".*/api-keys$"));
            button(page, "Generate API Key").click();
            textbox(page, "Name").fill("Production");
            button(page, "Create").click();
            button(page, "Done").click();
            // The sign-in's time is the real one (Spring Security's password check); the test clock stands still.
            clock.set(Instant.now().plus(Duration.ofMinutes(16)));

            button(page, "Delete Production").click();
            button(page, "Delete").click();
            assertThat(page.getByText("Confirm it's you")).isVisible();
            Screens.desktop(page);
            Screens.shoot(page, "confirm-its-you-1280x800");
            Screens.phone(page);
            Screens.shoot(page, "confirm-its-you-390x844");
            Screens.desktop(page);
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(TestCustomer.PASSWORD);
            button(page, "Confirm").click();

            assertThat(page.getByText("No API keys yet")).isVisible();
        }
    }

    private static void shootBoth(Page page, String name) {
        Screens.desktop(page);
        Screens.shoot(page, name + "-1280x800");
        Screens.phone(page);
        Screens.assertNoHorizontalScroll(page, name);
        Screens.shoot(page, name + "-390x844");
        Screens.desktop(page);
    }

    private static String resetLink(String address) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage mail : SMTP.getReceivedMessages()) {
                if (Arrays.stream(mail.getAllRecipients()).anyMatch(to -> to.toString().equalsIgnoreCase(address))) {
                    Matcher link = LINK.matcher((String) mail.getContent());
                    if (link.find()) {
                        return link.group(1);
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No reset mail to " + address);
    }
}
