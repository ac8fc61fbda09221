package dev.keydesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

import java.util.UUID;

import dev.keydesk.account.AccountService;
import dev.keydesk.apikey.ApiKeyService;
import dev.keydesk.apikey.ApiKeySummary;
import dev.keydesk.apikey.KeyVerification;
import dev.keydesk.apikey.KeyVerifier;
import dev.keydesk.apikey.NewApiKey;
import dev.keydesk.apikey.SupportKeyActions;
import dev.keydesk.testsupport.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Support actions: the audit row (with its reason) and the change commit together, so a failed audit insert
 * undoes the change. The customer's own actions are covered by KeyChangeRollbackTest.
 */
@SpringBootTest
@ActiveProfiles("test")
class AuditAtomicityTest {

    @MockitoSpyBean
    AuditEventRepository events;
    @Autowired
    ApiKeyService keys;
    @Autowired
    SupportKeyActions support;
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
    NewApiKey key;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(users);
        acme = signedIn.as("customer", () -> accounts.currentAccount().id());
        key = signedIn.as("customer", () -> keys.generate(acme, "Atomic " + UUID.randomUUID()));
        doThrow(new DataIntegrityViolationException("audit insert failed")).when(events).insert(any());
    }

    @AfterEach
    void restore() {
        reset(events);
        signedIn.as("customer", () -> keys.delete(key.key().id()));
    }

    private long eventCount() {
        return signedIn.as("customer", () -> activity.countActivity(acme));
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
        assertThat(signedIn.as("customer", () -> keys.listKeys(acme)))
                .filteredOn(listed -> listed.id().equals(key.key().id()))
                .extracting(ApiKeySummary::name).containsExactly(key.key().name());
    }
}
