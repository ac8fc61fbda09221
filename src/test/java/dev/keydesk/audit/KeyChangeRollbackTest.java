package dev.keydesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;

import dev.keydesk.apikey.ApiKeyService;
import dev.keydesk.apikey.NewApiKey;
import dev.keydesk.testsupport.IntegrationTest;
import dev.keydesk.testsupport.KeyTables;
import dev.keydesk.testsupport.SignedIn;
import dev.keydesk.testsupport.TestAccounts;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/** A key change and its audit row commit together: when the audit insert fails, the change is undone. */
@IntegrationTest
class KeyChangeRollbackTest {

    @MockitoSpyBean
    AuditEventRepository events;

    @Autowired
    ApiKeyService keys;
    @Autowired
    SignedIn signedIn;
    @Autowired
    KeyTables tables;

    TestCustomer customer;

    @BeforeEach
    void newCustomer(@Autowired TestAccounts accounts) {
        customer = accounts.newCustomer();
    }

    @Test
    void a_failed_audit_insert_rolls_back_the_new_key() {
        auditInsertFails(AuditAction.KEY_CREATED);

        assertThatExceptionOfType(DataAccessResourceFailureException.class)
                .isThrownBy(() -> signedIn.as(customer.username(), () -> keys.generate(customer.accountId(), "Lost")));

        assertThat(tables.keyRows(customer.accountId())).isZero();
    }

    @Test
    void a_failed_audit_insert_rolls_back_the_rename() {
        NewApiKey key = generate("Original");
        auditInsertFails(AuditAction.KEY_RENAMED);

        assertThatExceptionOfType(DataAccessResourceFailureException.class)
                .isThrownBy(() -> signedIn.as(customer.username(), () -> keys.rename(key.key().id(), "Renamed")));

        assertThat(tables.name(key.key().id())).isEqualTo("Original");
    }

    @Test
    void a_failed_audit_insert_rolls_back_the_delete() {
        NewApiKey key = generate("Survivor");
        auditInsertFails(AuditAction.KEY_DELETED);

        assertThatExceptionOfType(DataAccessResourceFailureException.class)
                .isThrownBy(() -> signedIn.run(customer.username(), () -> keys.delete(key.key().id())));

        assertThat(tables.status(key.key().id())).isEqualTo("ACTIVE");
    }

    private NewApiKey generate(String name) {
        return signedIn.as(customer.username(), () -> keys.generate(customer.accountId(), name));
    }

    private void auditInsertFails(AuditAction action) {
        doThrow(new DataAccessResourceFailureException("audit_event is not writable"))
                .when(events).insert(argThat(event -> event != null && event.action() == action));
    }
}
