package dev.keydesk.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.keydesk.recentsignin.RecentSignInRequiredException;
import dev.keydesk.support.SupportTwoFactorReset;
import dev.keydesk.testsupport.AccountSecurityTestBase;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

/**
 * Two-factor events in the activity log with the client's address and user agent, the member's mail after a
 * support reset, and the reset as a sensitive action (recent sign-in), on the application's own clock.
 */
class TwoFactorActivityTest extends AccountSecurityTestBase {

    static final String ADDRESS = "203.0.113.44";

    @Autowired
    TwoFactorEnrolment enrolment;
    @Autowired
    TwoFactorChanges changes;
    @Autowired
    TwoFactor twoFactor;
    @Autowired
    SupportTwoFactorReset supportReset;

    TestCustomer customer;
    AuthenticatorApp app;
    RecoveryCodes codes;

    @BeforeEach
    void enrolledFromABrowser() {
        customer = accounts.newCustomer();
        app = AuthenticatorApp.of(inRequest(ADDRESS, new MockHttpSession(),
                () -> signedIn.as(customer.username(), enrolment::start)).secret());
        codes = inRequest(ADDRESS, new MockHttpSession(),
                () -> signedIn.as(customer.username(), () -> enrolment.confirm(codeNow(0))));
    }

    @Test
    void enabling_using_a_recovery_code_regenerating_and_disabling_are_recorded_with_address_and_user_agent() {
        inRequest(ADDRESS, new MockHttpSession(), () -> twoFactor.useRecoveryCode(customer.userId(),
                codes.codes().getFirst()));
        inRequest(ADDRESS, new MockHttpSession(), () -> signedIn.as(customer.username(),
                () -> changes.regenerateRecoveryCodes(TestCustomer.PASSWORD, codeNow(1))));
        // The next code belongs to the next 30 seconds: the application's clock moves on to it.
        clock.advance(Duration.ofSeconds(30));
        inRequest(ADDRESS, new MockHttpSession(), () -> {
            signedIn.run(customer.username(), () -> changes.disable(TestCustomer.PASSWORD, codeNow(1)));
            return null;
        });

        List<Map<String, Object>> rows = jdbc.sql("""
                        select action, actor_label, remote_address, user_agent from audit_event
                        where account_id = ?""")
                .param(customer.accountId()).query().listOfRows();
        assertThat(rows).extracting(row -> row.get("action")).containsExactlyInAnyOrder("TWO_FACTOR_ENABLED",
                "RECOVERY_CODE_USED", "RECOVERY_CODES_REGENERATED", "TWO_FACTOR_DISABLED");
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.get("actor_label")).isEqualTo(customer.username());
            assertThat(row.get("remote_address")).isEqualTo(ADDRESS);
            assertThat(row.get("user_agent")).isEqualTo(BROWSER);
        });
    }

    @Test
    void the_member_is_told_by_mail_when_support_resets_their_two_factor() throws Exception {
        signedIn.as("support", () -> supportReset.resetMember(customer.accountId(), customer.username(),
                "Lost phone, identity checked"));

        List<MimeMessage> mails = mailsTo(customer.username() + "@example.com", 1);
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getSubject()).isEqualTo("Keydesk: your two-factor authentication was reset");
        assertThat((String) mails.getFirst().getContent()).contains(customer.username(), "If you did not ask for this");
    }

    @Test
    void sixteen_minutes_after_signing_in_support_must_confirm_it_is_them_before_a_reset() {
        signedIn.as("support", () -> {
            clock.advance(Duration.ofMinutes(16));
            assertThatExceptionOfType(RecentSignInRequiredException.class).isThrownBy(() -> supportReset
                    .resetMember(customer.accountId(), customer.username(), "Lost phone, identity checked"));
            return null;
        });

        assertThat(twoFactor.isEnrolled(customer.userId())).isTrue();
    }

    /** The code of the step {@code offset} steps after the application's (movable) clock. */
    private String codeNow(int offset) {
        return app.codeAt(Totp.step(clock.instant()) + offset);
    }
}
