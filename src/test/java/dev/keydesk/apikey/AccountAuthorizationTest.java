package dev.keydesk.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import dev.keydesk.account.AccountService;
import dev.keydesk.audit.ActivityService;
import dev.keydesk.testsupport.IntegrationTest;
import dev.keydesk.testsupport.SignedIn;
import dev.keydesk.testsupport.TestAccounts;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import dev.keydesk.testsupport.TestKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Who may read or change which account: every rule checked in the services, not only in the views. */
@IntegrationTest
class AccountAuthorizationTest {

    @Autowired
    ApiKeyService keys;
    @Autowired
    AccountService accounts;
    @Autowired
    ActivityService activity;
    @Autowired
    KeyVerifier verifier;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TestKeys testKeys;

    UUID acme;
    TestCustomer customer2;
    UUID globex;
    NewApiKey globexKey;

    @BeforeEach
    void globexHasAKey(@Autowired TestAccounts demo) {
        acme = demo.demoCustomer("customer").accountId();
        customer2 = demo.demoCustomer("customer2");
        globex = customer2.accountId();
        globexKey = testKeys.generate(customer2, "Globex " + UUID.randomUUID());
    }

    /** The demo accounts are shared by every test of this context: leave Globex as it was, without keys. */
    @AfterEach
    void removeKey() {
        testKeys.delete(customer2, globexKey);
    }

    @Test
    void a_customer_cannot_list_another_accounts_keys() {
        assertThatThrownBy(() -> signedIn.as("customer", () -> keys.listKeys(globex)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_customer_cannot_read_another_accounts_quota() {
        assertThatThrownBy(() -> signedIn.as("customer", () -> keys.quota(globex)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_customer_cannot_generate_a_key_in_another_account() {
        assertThatThrownBy(() -> signedIn.as("customer", () -> keys.generate(globex, "Intruder")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_customer_cannot_rename_another_accounts_key() {
        assertThatThrownBy(() -> signedIn.as("customer", () -> keys.rename(globexKey.key().id(), "Mine now")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn.as("customer2", () -> keys.listKeys(globex)))
                .anyMatch(key -> key.name().equals(globexKey.key().name()));
    }

    @Test
    void a_customer_cannot_delete_another_accounts_key() {
        assertThatThrownBy(() -> signedIn.as("customer", () -> keys.delete(globexKey.key().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(verifier.verify(globexKey.secret()).code()).isEqualTo(KeyVerification.Code.VALID);
    }

    @Test
    void a_customer_cannot_read_another_accounts_activity() {
        assertThatThrownBy(() -> signedIn.as("customer", () -> activity.activity(globex, 0, 50)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("customer", () -> activity.countActivity(globex)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_customer_cannot_read_another_account() {
        assertThatThrownBy(() -> signedIn.as("customer", () -> accounts.account(globex)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_customer_reads_their_own_accounts_keys_and_activity() {
        assertThat(signedIn.as("customer2", () -> keys.listKeys(globex)))
                .anyMatch(key -> key.id().equals(globexKey.key().id()));
        assertThat(signedIn.as("customer2", () -> activity.activity(globex, 0, 50)))
                .anyMatch(event -> globexKey.key().id().equals(event.keyId()));
    }

    @Test
    void support_reads_any_accounts_keys_and_activity() {
        assertThat(signedIn.as("support", () -> keys.listKeys(globex)))
                .anyMatch(key -> key.id().equals(globexKey.key().id()));
        assertThat(signedIn.as("support", () -> activity.activity(globex, 0, 50)))
                .anyMatch(event -> globexKey.key().id().equals(event.keyId()));
        assertThat(signedIn.as("support", () -> keys.listKeys(acme))).isNotNull();
    }

    @Test
    void support_cannot_use_the_customer_rename_and_delete_which_carry_no_reason() {
        assertThatThrownBy(() -> signedIn.as("support", () -> keys.delete(globexKey.key().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("support", () -> keys.rename(globexKey.key().id(), "No reason")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anonymous_callers_cannot_read_keys_or_activity() {
        assertThatThrownBy(() -> signedIn.anonymously(() -> keys.listKeys(acme)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> signedIn.anonymously(() -> activity.activity(acme, 0, 50)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
