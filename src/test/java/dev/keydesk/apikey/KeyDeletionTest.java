package dev.keydesk.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Map;

import dev.keydesk.apikey.KeyVerification.Code;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class KeyDeletionTest extends KeyServiceTestBase {

    @Autowired
    KeyVerifier verifier;

    @Test
    void a_key_verifies_until_it_is_deleted() {
        TestCustomer customer = accounts.newCustomer();
        NewApiKey key = generate(customer, "Short-lived");
        assertThat(verifier.verify(key.secret()).code()).isEqualTo(Code.VALID);

        delete(customer, key);

        assertThat(verifier.verify(key.secret()).code()).isEqualTo(Code.DELETED);
    }

    @Test
    void a_deleted_key_stays_in_the_table_with_who_and_when() {
        TestCustomer customer = accounts.newCustomer();
        NewApiKey key = generate(customer, "Soft-deleted");

        delete(customer, key);

        Map<String, Object> row = tables.keyRow(key.key().id());
        assertThat(row).containsEntry("status", "DELETED").containsEntry("name", "Soft-deleted")
                .containsEntry("name_key", null);
        assertThat(row.get("deleted_at")).isNotNull();
        assertThat(row.get("deleted_by")).isEqualTo(customer.userId());
    }

    @Test
    void a_deleted_key_is_no_longer_listed() {
        TestCustomer customer = accounts.newCustomer();
        NewApiKey kept = generate(customer, "Kept");
        delete(customer, generate(customer, "Gone"));

        assertThat(signedIn.as(customer.username(), () -> keys.listKeys(customer.accountId())))
                .extracting(ApiKeySummary::id).containsExactly(kept.key().id());
    }

    @Test
    void deleting_a_key_twice_is_refused_as_not_found() {
        TestCustomer customer = accounts.newCustomer();
        NewApiKey key = generate(customer, "Twice");
        delete(customer, key);

        assertThatExceptionOfType(KeyNotFoundException.class).isThrownBy(() -> delete(customer, key));
        assertThat(tables.auditRows(customer.accountId())).isEqualTo(2);
    }

    @Test
    void a_deleted_key_cannot_be_renamed() {
        TestCustomer customer = accounts.newCustomer();
        NewApiKey key = generate(customer, "Deleted");
        delete(customer, key);

        assertThatExceptionOfType(KeyNotFoundException.class).isThrownBy(() -> rename(customer, key, "Revived"));
        assertThat(tables.name(key.key().id())).isEqualTo("Deleted");
    }
}
