package dev.keydesk.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import dev.keydesk.account.Credentials;
import dev.keydesk.sessions.SignInSessions;
import dev.keydesk.testsupport.AccountSecurityTestBase;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

class PasswordChangeTest extends AccountSecurityTestBase {

    static final String NEW_PASSWORD = "a brand new passphrase";

    @Autowired
    PasswordChange passwords;
    @Autowired
    Credentials credentials;

    TestCustomer customer;
    String address;

    @BeforeEach
    void newCustomer() {
        customer = accounts.newCustomer();
        address = randomAddress();
    }

    private int change(String current, String next, MockHttpSession session) {
        return signedIn.as(customer.username(), () -> inRequest(address, session,
                () -> passwords.change(current, next)));
    }

    private PasswordProblem refusal(String current, String next) {
        try {
            change(current, next, new MockHttpSession());
        } catch (PasswordRefusedException refused) {
            return refused.problem();
        }
        throw new AssertionError("The change was not refused");
    }

    private int attempts(String outcome) {
        return jdbc.sql("select count(*) from sign_in_attempt where username_key = ? and outcome = ?")
                .params(customer.username(), outcome).query(Integer.class).single();
    }

    @Test
    void a_new_password_the_policy_refuses_is_refused_before_the_current_one_is_checked() {
        assertThat(refusal("not-the-password", "elevenchars")).isEqualTo(PasswordProblem.TOO_SHORT);
        assertThat(refusal("not-the-password", "1QAZ2WSX3EDC")).isEqualTo(PasswordProblem.COMMON);
        assertThat(refusal("not-the-password", "x".repeat(73))).isEqualTo(PasswordProblem.TOO_LONG);

        assertThat(attempts("FAILED")).as("no password was checked, so no attempt counts").isZero();
        assertThat(credentials.matches(customer.userId(), TestCustomer.PASSWORD)).isTrue();
    }

    @Test
    void a_wrong_current_password_is_refused_counts_as_a_failed_sign_in_and_changes_nothing() {
        assertThat(refusal("not-the-password", NEW_PASSWORD)).isEqualTo(PasswordProblem.WRONG_CURRENT);

        assertThat(attempts("FAILED")).isEqualTo(1);
        assertThat(credentials.matches(customer.userId(), TestCustomer.PASSWORD)).isTrue();
        assertThat(credentials.matches(customer.userId(), NEW_PASSWORD)).isFalse();
    }

    @Test
    void after_five_wrong_current_passwords_even_the_right_one_is_refused_unchecked() {
        for (int i = 0; i < 5; i++) {
            assertThat(refusal("not-the-password-" + i, NEW_PASSWORD)).isEqualTo(PasswordProblem.WRONG_CURRENT);
        }

        assertThat(refusal(TestCustomer.PASSWORD, NEW_PASSWORD)).isEqualTo(PasswordProblem.LOCKED);
        assertThat(credentials.matches(customer.userId(), TestCustomer.PASSWORD)).isTrue();
    }

    @Test
    void the_current_password_again_is_refused() {
        assertThat(refusal(TestCustomer.PASSWORD, TestCustomer.PASSWORD)).isEqualTo(PasswordProblem.SAME_AS_CURRENT);
    }

    @Test
    void a_change_sets_the_new_password_signs_out_the_other_sessions_keeps_this_one_and_is_audited() {
        UUID thisSession = session();
        UUID otherSession = session();
        MockHttpSession current = new MockHttpSession();
        current.setAttribute(SignInSessions.ROW, thisSession);

        assertThat(change(TestCustomer.PASSWORD, NEW_PASSWORD, current)).isEqualTo(1);

        assertThat(credentials.matches(customer.userId(), NEW_PASSWORD)).isTrue();
        assertThat(credentials.matches(customer.userId(), TestCustomer.PASSWORD)).isFalse();
        assertThat(revoked(thisSession)).isFalse();
        assertThat(revoked(otherSession)).isTrue();
        assertThat(jdbc.sql("""
                        select actor_label, details, remote_address, user_agent from audit_event
                        where account_id = ? and action = 'PASSWORD_CHANGED'""")
                .param(customer.accountId()).query().singleRow())
                .containsEntry("actor_label", customer.username())
                .containsEntry("details", "Other sessions signed out: 1")
                .containsEntry("remote_address", address)
                .containsEntry("user_agent", BROWSER);
    }

    private UUID session() {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        jdbc.sql("""
                        insert into sign_in_session (id, session_hash, user_id, created_at, last_seen_at)
                        values (?, ?, ?, ?, ?)""")
                .params(id, (id.toString() + id).replace("-", "").substring(0, 64), customer.userId(), now, now)
                .update();
        return id;
    }

    private boolean revoked(UUID session) {
        return jdbc.sql("select revoked_at is not null from sign_in_session where id = ?").param(session)
                .query(Boolean.class).single();
    }
}
