package dev.keydesk.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keydesk.testsupport.IntegrationTest;
import dev.keydesk.testsupport.SignedIn;
import dev.keydesk.testsupport.TestAccounts;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Recovery codes at sign-in: each works once, whatever its typed case, and is recorded. */
@IntegrationTest
class RecoveryCodeUseTest {

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
    AuthenticatorApp app;
    RecoveryCodes codes;

    @BeforeEach
    void enrolledCustomer() {
        customer = accounts.newCustomer();
        AuthenticatorApp.Enrolled enrolled = AuthenticatorApp.enrol(signedIn, enrolment, customer.username());
        app = enrolled.app();
        codes = enrolled.codes();
    }

    @Test
    void a_recovery_code_works_once() {
        String code = codes.codes().get(3);

        assertThat(twoFactor.useRecoveryCode(customer.userId(), code)).isTrue();
        assertThat(twoFactor.useRecoveryCode(customer.userId(), code)).isFalse();
        assertThat(twoFactor.remainingRecoveryCodes(customer.userId())).isEqualTo(9);
    }

    @Test
    void every_code_of_the_set_works_once_and_then_none_is_left() {
        for (String code : codes.codes()) {
            assertThat(twoFactor.useRecoveryCode(customer.userId(), code)).isTrue();
        }

        assertThat(twoFactor.remainingRecoveryCodes(customer.userId())).isZero();
        assertThat(codes.codes()).noneMatch(code -> twoFactor.useRecoveryCode(customer.userId(), code));
    }

    @Test
    void a_code_typed_in_capitals_without_its_hyphen_is_accepted() {
        String typed = codes.codes().getFirst().replace("-", " ").toUpperCase();

        assertThat(twoFactor.useRecoveryCode(customer.userId(), typed)).isTrue();
    }

    @Test
    void an_unknown_code_and_another_users_code_are_refused() {
        TestCustomer other = accounts.newCustomer();
        RecoveryCodes othersCodes = AuthenticatorApp.enrol(signedIn, enrolment, other.username()).codes();

        assertThat(twoFactor.useRecoveryCode(customer.userId(), "aaaaa-aaaaa")).isFalse();
        assertThat(twoFactor.useRecoveryCode(customer.userId(), othersCodes.codes().getFirst())).isFalse();
        assertThat(twoFactor.useRecoveryCode(customer.userId(), "not a code")).isFalse();
        assertThat(twoFactor.remainingRecoveryCodes(customer.userId())).isEqualTo(10);
    }

    @Test
    void a_used_code_is_recorded_in_the_activity_with_how_many_are_left() {
        twoFactor.useRecoveryCode(customer.userId(), codes.codes().getFirst());

        assertThat(jdbc.sql("""
                        select details from audit_event where account_id = ? and action = 'RECOVERY_CODE_USED'
                        and actor_label = ?""")
                .params(customer.accountId(), customer.username()).query(String.class).list())
                .containsExactly("9 recovery codes left");
    }

    @Test
    void a_totp_code_that_was_accepted_once_is_refused_the_second_time() {
        String next = app.codeInSteps(1);

        assertThat(twoFactor.verifyCode(customer.userId(), next)).isTrue();
        assertThat(twoFactor.verifyCode(customer.userId(), next)).isFalse();
    }
}
