package dev.keydesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;

import java.util.UUID;

import dev.keydesk.apikey.ApiKeyService;
import dev.keydesk.apikey.ApiKeySummary;
import dev.keydesk.apikey.KeyVerification;
import dev.keydesk.apikey.KeyVerifier;
import dev.keydesk.apikey.NewApiKey;
import dev.keydesk.apikey.SupportKeyActions;
import dev.keydesk.testsupport.IntegrationTest;
import dev.keydesk.testsupport.SignedIn;
import dev.keydesk.testsupport.TestAccounts;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import dev.keydesk.testsupport.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Support actions: the audit row (with its reason) and the change commit together, so a failed audit insert
 * undoes the change. The customer's own actions are covered by KeyChangeRollbackTest.
 */
@IntegrationTest
class AuditAtomicityTest {

    @MockitoSpyBean
    AuditEventRepository events;
    @Autowired
    ApiKeyService keys;
    @Autowired
    SupportKeyActions support;
    @Autowired
    ActivityService activity;
    @Autowired
    KeyVerifier verifier;
    @Autowired
    SignedIn signedIn;

    TestCustomer customer;
    NewApiKey key;

    /** The spy is reset after each test (Mockito's default for a spy bean). */
    @BeforeEach
    void aKeyWhoseNextAuditInsertFails(@Autowired TestAccounts accounts, @Autowired TestKeys testKeys) {
        customer = accounts.newCustomer();
        key = testKeys.generate(customer, "Atomic " + UUID.randomUUID());
        doThrow(new DataIntegrityViolationException("audit insert failed")).when(events).insert(any());
    }

    private long eventCount() {
        return signedIn.as(customer.username(), () -> activity.countActivity(customer.accountId()));
    }

    @Test
    void a_support_delete_whose_audit_insert_fails_is_rolled_back() {
        long before = eventCount();
        assertThatThrownBy(() -> signedIn.as("support", () -> support.deleteAsSupport(key.key().id(),
                "Testing atomicity"))).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(verifier.verify(key.secret()).code()).isEqualTo(KeyVerification.Code.VALID);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void a_support_rename_whose_audit_insert_fails_is_rolled_back() {
        assertThatThrownBy(() -> signedIn.as("support", () -> support.renameAsSupport(key.key().id(),
                "Never saved", "Testing atomicity"))).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(signedIn.as(customer.username(), () -> keys.listKeys(customer.accountId())))
                .filteredOn(listed -> listed.id().equals(key.key().id()))
                .extracting(ApiKeySummary::name).containsExactly(key.key().name());
    }
}
