package dev.keydesk.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import dev.keydesk.testsupport.IntegrationTest;
import dev.keydesk.testsupport.SignedIn;
import dev.keydesk.testsupport.TestAccounts;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The operator's reset (the last support user lost phone and codes): one transaction, recorded, reason required. */
@IntegrationTest
class ResetTwoFactorCommandTest {

    @Autowired
    HikariDataSource dataSource;
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

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return new ResetTwoFactorCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args, Map.of("KEYDESK_DB_URL", dataSource.getJdbcUrl(), "KEYDESK_DB_USER", dataSource.getUsername()));
    }

    @Test
    void the_last_support_users_two_factor_is_reset_and_recorded_as_done_by_the_operator() {
        UUID supportId = jdbc.sql("select id from app_user where username = 'support'").query(UUID.class).single();
        AuthenticatorApp.enrol(signedIn, enrolment, "support");

        int status = run("--reset-two-factor=support", "--reason=Lost phone and codes, ticket OPS-7");

        assertThat(status).isEqualTo(ResetTwoFactorCommand.DONE);
        assertThat(twoFactor.isEnrolled(supportId)).isFalse();
        assertThat(jdbc.sql("select count(*) from recovery_code where user_id = ?").param(supportId)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("""
                        select actor_label || ' | ' || details || ' | ' || reason from audit_event
                        where action = 'TWO_FACTOR_RESET' and account_id is null and details = 'Two-factor of support reset'""")
                .query(String.class).list())
                .containsExactly("Operator | Two-factor of support reset | Lost phone and codes, ticket OPS-7");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("reset");
    }

    @Test
    void a_members_reset_is_recorded_in_their_accounts_activity() {
        TestCustomer customer = accounts.newCustomer();
        AuthenticatorApp.enrol(signedIn, enrolment, customer.username());

        assertThat(run("--reset-two-factor=" + customer.username(), "--reason=Support unreachable"))
                .isEqualTo(ResetTwoFactorCommand.DONE);

        assertThat(twoFactor.isEnrolled(customer.userId())).isFalse();
        assertThat(jdbc.sql("select actor_label from audit_event where account_id = ? and action = 'TWO_FACTOR_RESET'")
                .param(customer.accountId()).query(String.class).list()).containsExactly("Operator");
    }

    @Test
    void without_a_reason_of_three_characters_nothing_changes() {
        TestCustomer customer = accounts.newCustomer();
        AuthenticatorApp.enrol(signedIn, enrolment, customer.username());

        assertThat(run("--reset-two-factor=" + customer.username())).isEqualTo(ResetTwoFactorCommand.USAGE);
        assertThat(run("--reset-two-factor=" + customer.username(), "--reason= ab ")).isEqualTo(ResetTwoFactorCommand.USAGE);

        assertThat(twoFactor.isEnrolled(customer.userId())).isTrue();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Give a reason of 3 to 500 characters");
    }

    @Test
    void an_unknown_user_or_one_without_two_factor_is_refused_and_nothing_is_recorded() {
        TestCustomer without = accounts.newCustomer();

        assertThat(run("--reset-two-factor=nobody-" + UUID.randomUUID(), "--reason=Checking"))
                .isEqualTo(ResetTwoFactorCommand.REFUSED);
        assertThat(run("--reset-two-factor=" + without.username(), "--reason=Checking"))
                .isEqualTo(ResetTwoFactorCommand.REFUSED);

        assertThat(jdbc.sql("select count(*) from audit_event where account_id = ?").param(without.accountId())
                .query(Integer.class).single()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("has no two-factor authentication");
    }

    @Test
    void the_command_is_recognised_among_the_arguments() {
        assertThat(ResetTwoFactorCommand.isRequested(new String[] {"--reset-two-factor=alice", "--reason=x"})).isTrue();
        assertThat(ResetTwoFactorCommand.isRequested(new String[] {"--server.port=0"})).isFalse();
    }
}
