package dev.keydesk.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import org.junit.jupiter.api.Test;

class KeyAuditTest extends KeyServiceTestBase {

    @Test
    void generate_writes_one_audit_row_with_actor_and_key() {
        TestCustomer customer = accounts.newCustomer();

        NewApiKey key = generate(customer, "Audited");

        assertThat(auditRowsOf(key)).singleElement().satisfies(row -> {
            assertKeyEvent(row, customer, key, "KEY_CREATED");
            assertThat(row.get("key_name")).isEqualTo("Audited");
        });
    }

    @Test
    void rename_writes_one_audit_row_with_the_old_and_the_new_name() {
        TestCustomer customer = accounts.newCustomer();
        NewApiKey key = generate(customer, "Before");

        rename(customer, key, "After");

        List<Map<String, Object>> rows = auditRowsOf(key);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).satisfies(row -> {
            assertKeyEvent(row, customer, key, "KEY_RENAMED");
            assertThat(row.get("key_name")).isEqualTo("After");
            assertThat((String) row.get("details")).contains("Before", "After");
        });
    }

    @Test
    void delete_writes_one_audit_row() {
        TestCustomer customer = accounts.newCustomer();
        NewApiKey key = generate(customer, "Doomed");

        delete(customer, key);

        List<Map<String, Object>> rows = auditRowsOf(key);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).satisfies(row -> {
            assertKeyEvent(row, customer, key, "KEY_DELETED");
            assertThat(row.get("key_name")).isEqualTo("Doomed");
        });
    }

    private List<Map<String, Object>> auditRowsOf(NewApiKey key) {
        return tables.auditRowsOfKey(key.key().id());
    }

    private static void assertKeyEvent(Map<String, Object> row, TestCustomer customer, NewApiKey key, String action) {
        assertThat(row).containsEntry("action", action)
                .containsEntry("actor_id", customer.userId())
                .containsEntry("actor_label", customer.username())
                .containsEntry("account_id", customer.accountId())
                .containsEntry("key_id", key.key().id())
                .containsEntry("key_hint", key.key().hint());
        assertThat(row.get("occurred_at")).isNotNull();
    }
}
