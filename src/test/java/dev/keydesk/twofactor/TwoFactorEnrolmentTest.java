package dev.keydesk.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import dev.keydesk.testsupport.IntegrationTest;
import dev.keydesk.testsupport.SignedIn;
import dev.keydesk.testsupport.TestAccounts;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Switching two-factor on: a stored (encrypted) secret, a first valid code, recovery codes once. */
@IntegrationTest
class TwoFactorEnrolmentTest {

    @Autowired
    TwoFactorEnrolment enrolment;
    @Autowired
    TwoFactor twoFactor;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TestAccounts accounts;

    TestCustomer customer;

    @BeforeEach
    void newCustomer() {
        customer = accounts.newCustomer();
    }

    @Test
    void enrolment_shows_a_base32_secret_in_an_otpauth_uri_with_the_standard_parameters_and_a_qr_code() {
        Enrolment started = signedIn.as(customer.username(), enrolment::start);

        assertThat(started.secret()).matches("[A-Z2-7]{32}");
        assertThat(started.groupedSecret()).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
        assertThat(started.otpauthUri()).isEqualTo("otpauth://totp/Keydesk:" + customer.username() + "?secret="
                + started.secret() + "&issuer=Keydesk&algorithm=SHA1&digits=6&period=30");
        assertThat(started.qrSvg()).startsWith("<svg").contains("<path").endsWith("</svg>");
        assertThat(started.toString()).doesNotContain(started.secret());
    }

    @Test
    void a_started_enrolment_is_not_yet_two_factor() {
        signedIn.as(customer.username(), enrolment::start);

        assertThat(twoFactor.isEnrolled(customer.userId())).isFalse();
        assertThat(signedIn.as(customer.username(), enrolment::status).enabled()).isFalse();
    }

    @Test
    void a_valid_code_switches_two_factor_on_and_returns_ten_recovery_codes() {
        AuthenticatorApp app = AuthenticatorApp.of(signedIn.as(customer.username(), enrolment::start).secret());

        RecoveryCodes codes = signedIn.as(customer.username(), () -> enrolment.confirm(app.codeNow()));

        assertThat(codes.codes()).hasSize(10);
        assertThat(twoFactor.isEnrolled(customer.userId())).isTrue();
        TwoFactorStatus status = signedIn.as(customer.username(), enrolment::status);
        assertThat(status.enabled()).isTrue();
        assertThat(status.recoveryCodesLeft()).isEqualTo(10);
        assertThat(auditActions()).containsExactly("TWO_FACTOR_ENABLED");
    }

    @Test
    void a_wrong_code_is_refused_and_changes_nothing() {
        AuthenticatorApp app = AuthenticatorApp.of(signedIn.as(customer.username(), enrolment::start).secret());

        assertThatThrownBy(() -> signedIn.as(customer.username(), () -> enrolment.confirm(app.wrongCode())))
                .isInstanceOfSatisfying(TwoFactorException.class,
                        e -> assertThat(e.problem()).isEqualTo(TwoFactorException.Problem.WRONG_CODE));

        assertThat(twoFactor.isEnrolled(customer.userId())).isFalse();
        assertThat(recoveryCodeCount()).isZero();
        assertThat(auditActions()).isEmpty();
    }

    @Test
    void the_code_that_confirmed_the_enrolment_cannot_be_used_again_to_sign_in() {
        AuthenticatorApp app = AuthenticatorApp.of(signedIn.as(customer.username(), enrolment::start).secret());
        String code = app.codeNow();
        signedIn.as(customer.username(), () -> enrolment.confirm(code));

        assertThat(twoFactor.verifyCode(customer.userId(), code)).isFalse();
        assertThat(twoFactor.verifyCode(customer.userId(), app.codeInSteps(1))).isTrue();
    }

    @Test
    void starting_again_replaces_an_unconfirmed_secret() {
        AuthenticatorApp first = AuthenticatorApp.of(signedIn.as(customer.username(), enrolment::start).secret());
        AuthenticatorApp second = AuthenticatorApp.of(signedIn.as(customer.username(), enrolment::start).secret());

        assertThatThrownBy(() -> signedIn.as(customer.username(), () -> enrolment.confirm(first.codeNow())))
                .isInstanceOf(TwoFactorException.class);
        signedIn.as(customer.username(), () -> enrolment.confirm(second.codeNow()));
        assertThat(twoFactor.isEnrolled(customer.userId())).isTrue();
    }

    @Test
    void a_user_with_two_factor_on_cannot_start_another_enrolment() {
        enrol();

        assertThatThrownBy(() -> signedIn.as(customer.username(), enrolment::start))
                .isInstanceOfSatisfying(TwoFactorException.class,
                        e -> assertThat(e.problem()).isEqualTo(TwoFactorException.Problem.ALREADY_ENABLED));
    }

    @Test
    void the_database_holds_the_secret_only_encrypted_and_the_recovery_codes_only_hashed() {
        Enrolment started = signedIn.as(customer.username(), enrolment::start);
        RecoveryCodes codes = signedIn.as(customer.username(),
                () -> enrolment.confirm(AuthenticatorApp.of(started.secret()).codeNow()));

        String stored = jdbc.sql("select secret_encrypted from user_second_factor where user_id = ?")
                .param(customer.userId()).query(String.class).single();
        assertThat(stored).startsWith("v1:").doesNotContain(started.secret())
                .doesNotContainIgnoringCase(started.secret().substring(0, 8));
        List<String> hashes = jdbc.sql("select code_hash from recovery_code where user_id = ?")
                .param(customer.userId()).query(String.class).list();
        assertThat(hashes).hasSize(10).allSatisfy(hash -> assertThat(hash).startsWith("$2a$"));
        for (String code : codes.codes()) {
            assertThat(hashes).noneMatch(hash -> hash.contains(code) || hash.contains(code.replace("-", "")));
        }
    }

    @Test
    void the_verify_check_is_false_for_a_user_without_two_factor() {
        assertThat(twoFactor.verifyCode(customer.userId(), "123456")).isFalse();
        assertThat(twoFactor.verifyCode(UUID.randomUUID(), "123456")).isFalse();
    }

    AuthenticatorApp enrol() {
        AuthenticatorApp app = AuthenticatorApp.of(signedIn.as(customer.username(), enrolment::start).secret());
        signedIn.as(customer.username(), () -> enrolment.confirm(app.codeNow()));
        return app;
    }

    private List<String> auditActions() {
        return jdbc.sql("select action from audit_event where account_id = ? order by occurred_at")
                .param(customer.accountId()).query(String.class).list();
    }

    private int recoveryCodeCount() {
        return jdbc.sql("select count(*) from recovery_code where user_id = ?").param(customer.userId())
                .query(Integer.class).single();
    }
}
