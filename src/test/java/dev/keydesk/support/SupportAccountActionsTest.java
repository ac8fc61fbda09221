package dev.keydesk.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;

import dev.keydesk.account.InvalidKeyLimitException;
import dev.keydesk.apikey.ApiKeyService;
import dev.keydesk.apikey.InvalidReasonException;
import dev.keydesk.apikey.KeyVerification.Code;
import dev.keydesk.apikey.KeyVerifier;
import dev.keydesk.apikey.NewApiKey;
import dev.keydesk.testsupport.IntegrationTest;
import dev.keydesk.testsupport.SignedIn;
import dev.keydesk.testsupport.TestAccounts;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Support's account controls: key limit 1–100, suspension and reactivation, each with a reason and an audit row. */
@IntegrationTest
class SupportAccountActionsTest {

    @Autowired
    SupportAccountActions actions;
    @Autowired
    ApiKeyService keys;
    @Autowired
    KeyVerifier verifier;
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
    void support_changes_the_key_limit_within_1_to_100_with_a_reason() {
        signedIn.run("support", () -> actions.changeKeyLimit(customer.accountId(), 20, "Enterprise plan"));

        assertThat(keyLimit()).isEqualTo(20);
        assertThat(auditActions()).containsExactly("ACCOUNT_KEY_LIMIT_CHANGED");
        for (int outside : new int[] {0, 101}) {
            assertThatExceptionOfType(InvalidKeyLimitException.class)
                    .isThrownBy(() -> signedIn.run("support", () -> actions.changeKeyLimit(customer.accountId(),
                            outside, "Out of range")))
                    .withMessage("Choose a limit from 1 to 100.");
        }
        assertThatExceptionOfType(InvalidReasonException.class)
                .isThrownBy(() -> signedIn.run("support", () -> actions.changeKeyLimit(customer.accountId(), 30, " ")));
        assertThat(keyLimit()).isEqualTo(20);
    }

    @Test
    void a_suspended_accounts_keys_are_refused_at_once_and_work_again_after_reactivation() {
        NewApiKey key = signedIn.as(customer.username(), () -> keys.generate(customer.accountId(), "Production"));

        signedIn.run("support", () -> actions.suspend(customer.accountId(), "Unpaid invoices"));

        assertThat(verifier.verify(key.secret()).code()).isEqualTo(Code.DEACTIVATED);
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> signedIn.as(customer.username(), () -> keys.generate(customer.accountId(), "More")));

        signedIn.run("support", () -> actions.reactivate(customer.accountId(), "Invoices paid"));

        assertThat(verifier.verify(key.secret()).code()).isEqualTo(Code.VALID);
        assertThat(auditActions()).containsSubsequence("ACCOUNT_SUSPENDED", "ACCOUNT_REACTIVATED");
        assertThat(jdbc.sql("select reason from audit_event where account_id = ? and action = 'ACCOUNT_SUSPENDED'")
                .param(customer.accountId()).query(String.class).single()).isEqualTo("Unpaid invoices");
    }

    @Test
    void customers_cannot_change_their_own_limit_or_status() {
        assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> signedIn.run(customer.username(),
                () -> actions.changeKeyLimit(customer.accountId(), 100, "I want more")));
        assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> signedIn.run(customer.username(),
                () -> actions.reactivate(customer.accountId(), "Let me in")));
        assertThat(keyLimit()).isEqualTo(10);
    }

    private int keyLimit() {
        return jdbc.sql("select key_limit from account where id = ?").param(customer.accountId())
                .query(Integer.class).single();
    }

    private List<String> auditActions() {
        return jdbc.sql("select action from audit_event where account_id = ? and key_id is null order by occurred_at")
                .param(customer.accountId()).query(String.class).list();
    }
}
