package dev.keydesk.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import dev.keydesk.testsupport.IntegrationTest;
import dev.keydesk.testsupport.SignedIn;
import dev.keydesk.testsupport.TestAccounts;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Switching two-factor off and regenerating recovery codes: always the password and a current code. */
@IntegrationTest
class TwoFactorChangesTest {

    static final String PASSWORD = TestCustomer.PASSWORD;

    @Autowired
    TwoFactorEnrolment enrolment;
    @Autowired
    TwoFactorChanges changes;
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
    String usedCode;

    @BeforeEach
    void enrolledCustomer() {
        customer = accounts.newCustomer();
        AuthenticatorApp.Enrolled enrolled = AuthenticatorApp.enrol(signedIn, enrolment, customer.username());
        app = enrolled.app();
        codes = enrolled.codes();
        usedCode = enrolled.usedCode();
    }

    @Test
    void the_password_and_a_current_code_switch_two_factor_off_and_delete_secret_and_codes() {
        signedIn.run(customer.username(), () -> changes.disable(PASSWORD, app.codeInSteps(1)));

        assertThat(twoFactor.isEnrolled(customer.userId())).isFalse();
        assertThat(count("user_second_factor")).isZero();
        assertThat(count("recovery_code")).isZero();
        assertThat(auditActions()).containsExactly("TWO_FACTOR_ENABLED", "TWO_FACTOR_DISABLED");
    }

    @Test
    void a_wrong_password_with_a_valid_code_switches_nothing_off() {
        assertProblem(() -> signedIn.run(customer.username(), () -> changes.disable("wrong-password-123",
                app.codeInSteps(1))), TwoFactorException.Problem.WRONG_PASSWORD);

        assertThat(twoFactor.isEnrolled(customer.userId())).isTrue();
        assertThat(auditActions()).containsExactly("TWO_FACTOR_ENABLED");
    }

    @Test
    void the_right_password_with_a_wrong_or_used_code_switches_nothing_off() {
        assertProblem(() -> signedIn.run(customer.username(), () -> changes.disable(PASSWORD, app.wrongCode())),
                TwoFactorException.Problem.WRONG_CODE);
        assertProblem(() -> signedIn.run(customer.username(), () -> changes.disable(PASSWORD, "")),
                TwoFactorException.Problem.WRONG_CODE);
        assertProblem(() -> signedIn.run(customer.username(), () -> changes.disable(PASSWORD, usedCode)),
                TwoFactorException.Problem.WRONG_CODE);

        assertThat(twoFactor.isEnrolled(customer.userId())).isTrue();
        assertThat(count("recovery_code")).isEqualTo(10);
    }

    @Test
    void a_recovery_code_is_no_current_code_for_switching_off() {
        assertProblem(() -> signedIn.run(customer.username(), () -> changes.disable(PASSWORD, codes.codes().getFirst())),
                TwoFactorException.Problem.WRONG_CODE);
    }

    @Test
    void regenerated_codes_replace_every_earlier_code() {
        RecoveryCodes fresh = signedIn.as(customer.username(),
                () -> changes.regenerateRecoveryCodes(PASSWORD, app.codeInSteps(1)));

        assertThat(fresh.codes()).doesNotContainAnyElementsOf(codes.codes());
        assertThat(twoFactor.useRecoveryCode(customer.userId(), codes.codes().getFirst())).isFalse();
        assertThat(twoFactor.useRecoveryCode(customer.userId(), fresh.codes().getFirst())).isTrue();
        assertThat(auditActions()).contains("RECOVERY_CODES_REGENERATED");
    }

    @Test
    void regenerating_needs_the_password_and_a_code_too() {
        assertProblem(() -> signedIn.as(customer.username(),
                () -> changes.regenerateRecoveryCodes("wrong-password-123", app.codeInSteps(1))),
                TwoFactorException.Problem.WRONG_PASSWORD);
        assertProblem(() -> signedIn.as(customer.username(),
                () -> changes.regenerateRecoveryCodes(PASSWORD, app.wrongCode())),
                TwoFactorException.Problem.WRONG_CODE);

        assertThat(twoFactor.useRecoveryCode(customer.userId(), codes.codes().getFirst())).isTrue();
    }

    @Test
    void after_five_failed_confirmations_even_the_right_password_and_code_wait_for_the_window() {
        for (int i = 0; i < 5; i++) {
            String guess = "guess-number-" + i;
            assertProblem(() -> signedIn.run(customer.username(), () -> changes.disable(guess, "000000")),
                    TwoFactorException.Problem.WRONG_PASSWORD);
        }

        assertProblem(() -> signedIn.run(customer.username(), () -> changes.disable(PASSWORD, app.codeInSteps(1))),
                TwoFactorException.Problem.TOO_MANY_ATTEMPTS);
        assertThat(twoFactor.isEnrolled(customer.userId())).isTrue();
    }

    @Test
    void a_success_starts_the_failure_count_again() {
        for (int i = 0; i < 4; i++) {
            String guess = "guess-" + i;
            assertProblem(() -> signedIn.run(customer.username(), () -> changes.disable(guess, "000000")),
                    TwoFactorException.Problem.WRONG_PASSWORD);
        }
        signedIn.as(customer.username(), () -> changes.regenerateRecoveryCodes(PASSWORD, app.codeInSteps(1)));

        assertProblem(() -> signedIn.run(customer.username(), () -> changes.disable("guess-again", "000000")),
                TwoFactorException.Problem.WRONG_PASSWORD);
    }

    @Test
    void switching_off_what_is_not_on_is_refused() {
        TestCustomer without = accounts.newCustomer();

        assertProblem(() -> signedIn.run(without.username(), () -> changes.disable(PASSWORD, "123456")),
                TwoFactorException.Problem.NOT_ENABLED);
    }

    private static void assertProblem(ThrowingCallable call, TwoFactorException.Problem problem) {
        assertThatThrownBy(call).isInstanceOfSatisfying(TwoFactorException.class,
                e -> assertThat(e.problem()).isEqualTo(problem));
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table + " where user_id = ?").param(customer.userId())
                .query(Integer.class).single();
    }

    private List<String> auditActions() {
        return jdbc.sql("select action from audit_event where account_id = ? order by occurred_at")
                .param(customer.accountId()).query(String.class).list();
    }
}
