package dev.keydesk.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import dev.keydesk.account.AccountService;
import dev.keydesk.audit.ActivityService;
import dev.keydesk.testsupport.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** Who may read or change which account: every rule checked in the services, not only in the views. */
@SpringBootTest
@ActiveProfiles("test")
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
    UserDetailsService users;

    SignedIn signedIn;
    UUID acme;
    UUID globex;
    NewApiKey globexKey;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(users);
        acme = signedIn.as("customer", () -> accounts.currentAccount().id());
        globex = signedIn.as("customer2", () -> accounts.currentAccount().id());
        globexKey = signedIn.as("customer2", () -> keys.generate(globex, "Globex " + UUID.randomUUID()));
    }

    @AfterEach
    void removeKey() {
        // The context (and its database) is shared by many tests; stay under the 10-key limit.
        signedIn.as("customer2", () -> keys.delete(globexKey.key().id()));
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
