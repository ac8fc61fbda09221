package dev.keydesk.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import dev.keydesk.apikey.InvalidReasonException;
import dev.keydesk.support.SupportTwoFactorReset;
import dev.keydesk.testsupport.IntegrationTest;
import dev.keydesk.testsupport.SignedIn;
import dev.keydesk.testsupport.TestAccounts;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Support resets a member who lost device and codes: with a reason, audited, never their own, signing nobody in. */
@IntegrationTest
class TwoFactorResetTest {

    @Autowired
    TwoFactorEnrolment enrolment;
    @Autowired
    TwoFactorReset reset;
    @Autowired
    SupportTwoFactorReset supportReset;
    @Autowired
    TwoFactor twoFactor;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TestAccounts accounts;
    @Autowired
    SecurityContextHolderStrategy contexts;

    TestCustomer customer;

    @BeforeEach
    void enrolledCustomer() {
        customer = accounts.newCustomer();
        AuthenticatorApp.enrol(signedIn, enrolment, customer.username());
    }

    @Test
    void support_resets_a_members_two_factor_with_a_reason_recorded_in_the_accounts_activity() {
        assertThat(signedIn.as("support", () -> supportReset.membersWithTwoFactor(customer.accountId())))
                .containsExactly(customer.username());

        boolean done = signedIn.as("support", () -> supportReset.resetMember(customer.accountId(), customer.username(),
                "  Lost phone, identity checked by video call  "));

        assertThat(done).isTrue();
        assertThat(twoFactor.isEnrolled(customer.userId())).isFalse();
        assertThat(jdbc.sql("select count(*) from recovery_code where user_id = ?").param(customer.userId())
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("""
                        select actor_label || ' | ' || reason from audit_event
                        where account_id = ? and action = 'TWO_FACTOR_RESET'""")
                .param(customer.accountId()).query(String.class).list())
                .containsExactly("Support: support | Lost phone, identity checked by video call");
    }

    @Test
    void a_reset_signs_nobody_in() {
        signedIn.as("support", () -> supportReset.resetMember(customer.accountId(), customer.username(), "Lost phone"));

        assertThat(contexts.getContext().getAuthentication()).isNull();
    }

    @Test
    void a_reason_under_3_or_over_500_characters_is_refused_and_nothing_changes() {
        for (String reason : new String[] {null, "", "  ab  ", "x".repeat(501)}) {
            assertThatThrownBy(() -> signedIn.as("support",
                    () -> supportReset.resetMember(customer.accountId(), customer.username(), reason)))
                    .isInstanceOf(InvalidReasonException.class);
        }

        assertThat(twoFactor.isEnrolled(customer.userId())).isTrue();
    }

    @Test
    void customers_cannot_reset_anybodys_two_factor() {
        TestCustomer other = accounts.newCustomer();

        assertThatThrownBy(() -> signedIn.as(other.username(),
                () -> supportReset.resetMember(customer.accountId(), customer.username(), "Please")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(customer.username(),
                () -> reset.resetBySupport(customer.userId(), "My own, please")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(twoFactor.isEnrolled(customer.userId())).isTrue();
    }

    @Test
    void support_can_never_reset_its_own_two_factor() {
        UUID supportId = jdbc.sql("select id from app_user where username = 'support'").query(UUID.class).single();
        AuthenticatorApp.enrol(signedIn, enrolment, "support");
        try {
            assertThatThrownBy(() -> signedIn.as("support", () -> reset.resetBySupport(supportId, "Lost my phone")))
                    .isInstanceOfSatisfying(TwoFactorException.class,
                            e -> assertThat(e.problem()).isEqualTo(TwoFactorException.Problem.OWN_FACTOR));
            assertThat(twoFactor.isEnrolled(supportId)).isTrue();
        } finally {
            jdbc.sql("delete from recovery_code where user_id = ?").param(supportId).update();
            jdbc.sql("delete from user_second_factor where user_id = ?").param(supportId).update();
        }
    }

    @Test
    void a_name_that_is_no_member_of_the_account_is_refused() {
        TestCustomer other = accounts.newCustomer();

        assertThatThrownBy(() -> signedIn.as("support",
                () -> supportReset.resetMember(customer.accountId(), other.username(), "Wrong account")))
                .isInstanceOfSatisfying(TwoFactorException.class,
                        e -> assertThat(e.problem()).isEqualTo(TwoFactorException.Problem.NO_SUCH_MEMBER));
    }

    @Test
    void resetting_a_member_without_two_factor_changes_and_records_nothing() {
        TestCustomer without = accounts.newCustomer();

        assertThat(signedIn.as("support",
                () -> supportReset.resetMember(without.accountId(), without.username(), "Just in case"))).isFalse();
        assertThat(jdbc.sql("select count(*) from audit_event where account_id = ?").param(without.accountId())
                .query(Integer.class).single()).isZero();
    }
}
