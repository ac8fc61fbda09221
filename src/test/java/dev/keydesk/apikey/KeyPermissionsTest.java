package dev.keydesk.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.UUID;

import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/** The demo customers: customer2 (Globex) must not reach the keys of customer (Acme Corp). */
class KeyPermissionsTest extends KeyServiceTestBase {

    UUID acme;
    NewApiKey acmeKey;

    @BeforeEach
    void acmeHasAKey() {
        TestCustomer customer = accounts.demoCustomer("customer");
        acme = customer.accountId();
        acmeKey = generate(customer, "Acme key " + UUID.randomUUID());
    }

    /** The demo account is shared by every test of this context: leave it as it was. */
    @AfterEach
    void removeAcmeKey() {
        delete(accounts.demoCustomer("customer"), acmeKey);
    }

    @Test
    void a_customer_cannot_list_another_accounts_keys() {
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> signedIn.as("customer2", () -> keys.listKeys(acme)));
    }

    @Test
    void a_customer_cannot_rename_another_accounts_key() {
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> signedIn.as("customer2", () -> keys.rename(acmeKey.key().id(), "Stolen")));

        assertThat(tables.name(acmeKey.key().id())).isEqualTo(acmeKey.key().name());
    }

    @Test
    void a_customer_cannot_delete_another_accounts_key() {
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> signedIn.run("customer2", () -> keys.delete(acmeKey.key().id())));

        assertThat(tables.status(acmeKey.key().id())).isEqualTo("ACTIVE");
    }

    @Test
    void a_customer_cannot_generate_a_key_for_another_account() {
        assertGenerateForAcmeRefused("customer2");
    }

    @Test
    void support_staff_cannot_generate_a_key_for_a_customer() {
        assertGenerateForAcmeRefused("support");
    }

    @Test
    void support_staff_can_list_a_customers_keys() {
        assertThat(signedIn.as("support", () -> keys.listKeys(acme)))
                .extracting(ApiKeySummary::id).contains(acmeKey.key().id());
    }

    @Test
    void nobody_signed_in_is_refused_everything() {
        int before = tables.keyRows(acme);

        signedIn.anonymously(() -> {
            assertThatExceptionOfType(AuthenticationException.class).isThrownBy(() -> keys.listKeys(acme));
            assertThatExceptionOfType(AuthenticationException.class).isThrownBy(() -> keys.quota(acme));
            assertThatExceptionOfType(AuthenticationException.class).isThrownBy(() -> keys.generate(acme, "Anon"));
            assertThatExceptionOfType(AuthenticationException.class)
                    .isThrownBy(() -> keys.rename(acmeKey.key().id(), "Anon"));
            assertThatExceptionOfType(AuthenticationException.class)
                    .isThrownBy(() -> keys.delete(acmeKey.key().id()));
        });

        assertThat(tables.keyRows(acme)).isEqualTo(before);
        assertThat(tables.name(acmeKey.key().id())).isEqualTo(acmeKey.key().name());
        assertThat(tables.status(acmeKey.key().id())).isEqualTo("ACTIVE");
    }

    private void assertGenerateForAcmeRefused(String username) {
        int before = tables.keyRows(acme);

        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> signedIn.as(username, () -> keys.generate(acme, "By " + username)));

        assertThat(tables.keyRows(acme)).isEqualTo(before);
    }
}
