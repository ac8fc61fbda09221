package dev.keydesk.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.Map;

import dev.keydesk.apikey.InvalidReasonException;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Support sees members' locks and failed sign-ins, and lifts a lock with a reason; nobody else can. */
class SignInLocksTest extends SignInTestBase {

    static final String REASON = "Owner verified by phone, ticket 77";

    @Autowired
    SignInLocks signIns;

    @Test
    void support_sees_a_members_lock_and_failed_sign_ins_and_lifts_the_lock_with_a_reason() throws Exception {
        TestCustomer customer = newCustomer();
        String address = lockOut(customer.username());

        AccountSignIns seen = signedIn.as("support", () -> signIns.accountSignIns(customer.accountId()));
        assertThat(seen.locks()).extracting(UserLock::username).containsExactly(customer.username());
        assertThat(seen.recentFailures()).hasSize(6)
                .allSatisfy(failed -> assertThat(failed.clientAddress()).isEqualTo(address));
        assertThat(seen.recentFailures().getFirst().refused()).isTrue();

        signedIn.as("support", () -> signIns.lift(customer.username(), "  " + REASON + "  "));

        assertThat(signedIn.as("support", () -> signIns.accountSignIns(customer.accountId()).locks())).isEmpty();
        Map<String, Object> lifted = auditRows(customer.accountId()).getLast();
        assertThat(lifted).containsEntry("action", "SIGN_IN_LOCK_LIFTED").containsEntry("reason", REASON)
                .containsEntry("actor_label", "Support: support");
        logIn(customer.username(), TestCustomer.PASSWORD, address).andExpect(authenticated());
    }

    @Test
    void a_customer_cannot_lift_a_lock_or_see_sign_ins() throws Exception {
        TestCustomer customer = newCustomer();
        lockOut(customer.username());

        assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> signedIn.as(customer.username(),
                () -> signIns.lift(customer.username(), REASON)));
        assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> signedIn.as("customer",
                () -> signIns.accountSignIns(customer.accountId())));

        logIn(customer.username(), TestCustomer.PASSWORD, newAddress()).andExpect(redirectedUrl("/login?error=locked"));
    }

    @Test
    void a_lift_without_a_proper_reason_changes_nothing() throws Exception {
        TestCustomer customer = newCustomer();
        lockOut(customer.username());

        assertThatExceptionOfType(InvalidReasonException.class)
                .isThrownBy(() -> signedIn.as("support", () -> signIns.lift(customer.username(), "  ok ")));
        assertThat(signedIn.as("support", () -> signIns.accountSignIns(customer.accountId()).locks())).hasSize(1);
    }

    @Test
    void lifting_a_username_that_is_not_locked_is_refused_plainly() {
        TestCustomer customer = newCustomer();

        assertThatExceptionOfType(NoSuchLockException.class)
                .isThrownBy(() -> signedIn.as("support", () -> signIns.lift(customer.username(), REASON)))
                .withMessageContaining("is not locked");
    }

    @Test
    void another_support_user_sees_and_lifts_a_support_users_lock() throws Exception {
        String locked = newSupportUser();
        lockOut(locked);

        assertThat(signedIn.as("support", () -> signIns.supportStaffLocks())).extracting(UserLock::username)
                .contains(locked);
        signedIn.as("support", () -> signIns.lift(locked, REASON));

        assertThat(signedIn.as("support", () -> signIns.supportStaffLocks())).extracting(UserLock::username)
                .doesNotContain(locked);
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where account_id is null and action = 'SIGN_IN_LOCK_LIFTED'
                        and details like ? and reason = ?""").params("%" + locked + "%", REASON)
                .query(Long.class).single()).isOne();
    }

    @Test
    void a_support_user_cannot_lift_their_own_lock() throws Exception {
        String locked = newSupportUser();
        lockOut(locked);

        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> signedIn.as(locked, () -> signIns.lift(locked, REASON)));
    }

    /** Five wrong passwords and one refused attempt; returns the address they came from. */
    private String lockOut(String username) throws Exception {
        String address = newAddress();
        for (int i = 0; i < 6; i++) {
            logIn(username, "wrong-password", address);
        }
        return address;
    }
}
