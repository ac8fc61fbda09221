package dev.keydesk.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Every sign-in is recorded with address and user agent: members' in their activity, unknown names in the security log. */
@ExtendWith(OutputCaptureExtension.class)
class SignInRecordsTest extends SignInTestBase {

    static final String SECRET_GUESS = "guess-4c0ffee-never-stored";

    @Test
    void a_members_failed_and_successful_sign_ins_are_in_the_accounts_activity_with_address_and_browser()
            throws Exception {
        TestCustomer customer = newCustomer();
        String address = newAddress();
        logIn(customer.username(), SECRET_GUESS, address);
        logIn(customer.username(), TestCustomer.PASSWORD, address);

        List<Map<String, Object>> rows = auditRows(customer.accountId());
        assertThat(rows).extracting(row -> row.get("action")).containsExactly("SIGN_IN_FAILED", "SIGNED_IN");
        assertThat(rows).allSatisfy(row -> {
            assertThat(row).containsEntry("actor_label", customer.username())
                    .containsEntry("actor_id", customer.userId())
                    .containsEntry("remote_address", address)
                    .containsEntry("user_agent", BROWSER);
        });
        assertThat(attempts(customer.username())).extracting(row -> row.get("outcome"))
                .containsExactly("FAILED", "SUCCEEDED");
    }

    @Test
    void the_lock_is_in_the_activity_once_and_refused_attempts_only_in_the_security_log() throws Exception {
        TestCustomer customer = newCustomer();
        String address = newAddress();
        for (int i = 0; i < 8; i++) {
            logIn(customer.username(), SECRET_GUESS, address);
        }

        assertThat(auditRows(customer.accountId())).extracting(row -> row.get("action"))
                .containsExactly("SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED",
                        "SIGN_IN_FAILED", "SIGN_IN_LOCKED");
        assertThat(attempts(customer.username())).extracting(row -> row.get("outcome"))
                .containsExactly("FAILED", "FAILED", "FAILED", "FAILED", "FAILED", "REFUSED", "REFUSED", "REFUSED");
    }

    @Test
    void an_unknown_username_is_recorded_in_the_security_log_only() throws Exception {
        String address = newAddress();
        logIn("  Who-Is-This  ", SECRET_GUESS, address);

        assertThat(attempts("who-is-this")).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("outcome", "FAILED")
                .containsEntry("user_id", null)
                .containsEntry("client_address", address)
                .containsEntry("user_agent", BROWSER));
        assertThat(jdbc.sql("select count(*) from audit_event where remote_address = ?").param(address)
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_long_user_agent_is_cut_to_256_characters() throws Exception {
        TestCustomer customer = newCustomer();
        logIn(customer.username(), SECRET_GUESS, newAddress(), "A".repeat(5000));

        assertThat(attempts(customer.username()).getFirst().get("user_agent")).isEqualTo("A".repeat(256));
        assertThat(auditRows(customer.accountId()).getFirst().get("user_agent")).isEqualTo("A".repeat(256));
    }

    @Test
    void no_password_reaches_the_database_or_the_log(CapturedOutput output) throws Exception {
        TestCustomer customer = newCustomer();
        String address = newAddress();
        for (int i = 0; i < 7; i++) {
            logIn(customer.username(), SECRET_GUESS, address);
        }
        logIn(customer.username(), TestCustomer.PASSWORD, address);

        String stored = jdbc.sql("select * from sign_in_attempt").query().listOfRows().toString()
                + jdbc.sql("select * from audit_event").query().listOfRows();
        assertThat(stored).doesNotContain(SECRET_GUESS).doesNotContain(TestCustomer.PASSWORD);
        assertThat(output.getAll()).doesNotContain(SECRET_GUESS).doesNotContain(TestCustomer.PASSWORD);
    }

    @Test
    void a_lock_on_support_staff_is_logged_at_warn(CapturedOutput output) throws Exception {
        String support = newSupportUser();
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            logIn(support, SECRET_GUESS, address);
        }

        // Plain or JSON (ECS) log lines alike: the level and the message on one line.
        assertThat(output.getAll()).containsPattern("WARN\\W.*Sign-in of support user '" + support + "' locked until");
        assertThat(output.getAll()).doesNotContain(SECRET_GUESS);
    }
}
