package dev.keydesk.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.keydesk.Application;
import dev.keydesk.account.UserProvisioning;
import dev.keydesk.privacy.PersonalDataRetention;
import dev.keydesk.privacy.RetentionJob;
import dev.keydesk.testsupport.PostgresDatabases;
import dev.keydesk.testsupport.TestAccounts;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Two application nodes on one PostgreSQL 17 database, as in production: the sign-in counters are the
 * database's, so failures on one node lock the username on the other; the retention job runs on one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInTwoNodesTest {

    static final String ADDRESS = "2001:db8:2::7";

    ConfigurableApplicationContext first;
    ConfigurableApplicationContext second;
    JdbcClient jdbc;

    @BeforeAll
    void startTwoNodes() {
        String url = PostgresDatabases.newDatabase();
        first = start(url, true);
        second = start(url, false);
        jdbc = first.getBean(JdbcClient.class);
    }

    @AfterAll
    void stopNodes() {
        second.close();
        first.close();
    }

    @Test
    void failures_on_two_nodes_add_up_and_lock_the_username_on_both() {
        TestCustomer customer = new TestAccounts(first.getBean(UserProvisioning.class), jdbc).newCustomer();
        for (int i = 0; i < 5; i++) {
            ConfigurableApplicationContext node = i % 2 == 0 ? first : second;
            assertThatExceptionOfType(BadCredentialsException.class)
                    .isThrownBy(() -> logIn(node, customer.username(), "wrong-password"));
        }

        assertThatExceptionOfType(SignInLockedException.class)
                .isThrownBy(() -> logIn(first, customer.username(), TestCustomer.PASSWORD));
        assertThatExceptionOfType(SignInLockedException.class)
                .isThrownBy(() -> logIn(second, customer.username(), TestCustomer.PASSWORD));
    }

    @Test
    void the_retention_job_clears_old_client_details_on_postgresql() {
        TestCustomer customer = new TestAccounts(first.getBean(UserProvisioning.class), jdbc).newCustomer();
        assertThatExceptionOfType(BadCredentialsException.class)
                .isThrownBy(() -> logIn(first, customer.username(), "wrong-password"));
        jdbc.sql("update audit_event set occurred_at = occurred_at - interval '100 days' where account_id = ?")
                .param(customer.accountId()).update();

        first.getBean(PersonalDataRetention.class).apply();

        assertThat(jdbc.sql("select remote_address, user_agent, action from audit_event where account_id = ?")
                .param(customer.accountId()).query().singleRow())
                .containsEntry("remote_address", null).containsEntry("user_agent", null)
                .containsEntry("action", "SIGN_IN_FAILED");
    }

    @Test
    void the_retention_job_runs_on_one_node_while_another_holds_its_lock() {
        String removedByFirst = oldAttempt();
        first.getBean(RetentionJob.class).run();
        assertThat(attemptExists(removedByFirst)).isFalse();

        String keptWhileLocked = oldAttempt();
        second.getBean(RetentionJob.class).run();

        // The first node's run holds the job's ShedLock for at least five minutes: the second did nothing.
        assertThat(attemptExists(keptWhileLocked)).isTrue();
    }

    private static Authentication logIn(ConfigurableApplicationContext node, String username, String password) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username,
                password);
        token.setDetails(new SignInDetails(ADDRESS, "JUnit"));
        return node.getBean(AuthenticationProvider.class).authenticate(token);
    }

    private String oldAttempt() {
        String username = "old-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                        insert into sign_in_attempt (id, attempted_at, username_key, outcome, client_address)
                        values (?, ?, ?, 'FAILED', '2001:db8:2::8')""")
                .params(UUID.randomUUID(), Instant.now().minus(200, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC), username)
                .update();
        return username;
    }

    private boolean attemptExists(String username) {
        return jdbc.sql("select count(*) from sign_in_attempt where username_key = ?").param(username)
                .query(Long.class).single() > 0;
    }

    private static ConfigurableApplicationContext start(String url, boolean demoData) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--keydesk.demo-data=" + demoData));
        PostgresDatabases.properties(url).forEach((key, value) -> args.add("--" + key + "=" + value));
        return new SpringApplicationBuilder(Application.class).profiles("test").run(args.toArray(String[]::new));
    }
}
