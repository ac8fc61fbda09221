package dev.keydesk.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import dev.keydesk.audit.ActivityService;
import dev.keydesk.audit.AuditAction;
import dev.keydesk.audit.AuditEvent;
import dev.keydesk.testsupport.IntegrationTest;
import dev.keydesk.testsupport.SignedIn;
import dev.keydesk.testsupport.TestAccounts;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import dev.keydesk.testsupport.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Support's rename and delete: each needs a reason, is audited as support, and is refused to anyone else. */
@IntegrationTest
class SupportKeyActionsTest {

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
    @Autowired
    TestKeys testKeys;

    /** An account of its own for each test, so keys never pile up towards its limit. */
    TestCustomer customer;

    @BeforeEach
    void newCustomer(@Autowired TestAccounts accounts) {
        customer = accounts.newCustomer();
    }

    private NewApiKey customerKey() {
        return testKeys.generate(customer, "Key " + UUID.randomUUID());
    }

    private List<ApiKeySummary> customerKeys() {
        return signedIn.as(customer.username(), () -> keys.listKeys(customer.accountId()));
    }

    private AuditEvent latestEvent() {
        return signedIn.as("support", () -> activity.activity(customer.accountId(), 0, 1).getFirst());
    }

    @Test
    void support_renames_a_key_and_the_audit_row_holds_the_support_label_and_the_trimmed_reason() {
        NewApiKey key = customerKey();
        signedIn.as("support", () -> support.renameAsSupport(key.key().id(), "Renamed by support",
                "  Customer asked by phone  "));

        AuditEvent event = latestEvent();
        assertThat(event.action()).isEqualTo(AuditAction.KEY_RENAMED);
        assertThat(event.actorLabel()).isEqualTo("Support: support");
        assertThat(event.reason()).isEqualTo("Customer asked by phone");
        assertThat(event.keyName()).isEqualTo("Renamed by support");
        assertThat(customerKeys())
                .anyMatch(listed -> listed.id().equals(key.key().id()) && listed.name().equals("Renamed by support"));
    }

    @Test
    void support_deletes_a_key_with_a_reason_and_the_key_is_refused_from_then_on() {
        NewApiKey key = customerKey();
        signedIn.as("support", () -> support.deleteAsSupport(key.key().id(), "Leaked in a support ticket"));

        AuditEvent event = latestEvent();
        assertThat(event.action()).isEqualTo(AuditAction.KEY_DELETED);
        assertThat(event.actorLabel()).isEqualTo("Support: support");
        assertThat(event.reason()).isEqualTo("Leaked in a support ticket");
        assertThat(verifier.verify(key.secret()).code()).isEqualTo(KeyVerification.Code.DELETED);
    }

    @Test
    void a_reason_shorter_than_three_characters_after_trimming_is_refused_and_nothing_changes() {
        NewApiKey key = customerKey();
        assertThatThrownBy(() -> signedIn.as("support", () -> support.deleteAsSupport(key.key().id(), "  ab  ")))
                .isInstanceOf(InvalidReasonException.class)
                .hasMessage("Give a reason of at least 3 characters.");
        assertThat(verifier.verify(key.secret()).code()).isEqualTo(KeyVerification.Code.VALID);
    }

    @Test
    void a_missing_reason_is_refused() {
        NewApiKey key = customerKey();
        assertThatThrownBy(() -> signedIn.as("support", () -> support.deleteAsSupport(key.key().id(), null)))
                .isInstanceOf(InvalidReasonException.class);
        assertThat(verifier.verify(key.secret()).code()).isEqualTo(KeyVerification.Code.VALID);
    }

    @Test
    void a_reason_longer_than_500_characters_is_refused_and_the_name_stays() {
        NewApiKey key = customerKey();
        assertThatThrownBy(() -> signedIn.as("support",
                () -> support.renameAsSupport(key.key().id(), "Other name", "x".repeat(501))))
                .isInstanceOf(InvalidReasonException.class)
                .hasMessage("Use at most 500 characters for the reason.");
        assertThat(customerKeys())
                .anyMatch(listed -> listed.id().equals(key.key().id()) && listed.name().equals(key.key().name()));
    }

    @Test
    void a_reason_of_exactly_500_characters_is_accepted() {
        NewApiKey key = customerKey();
        signedIn.as("support", () -> support.deleteAsSupport(key.key().id(), "y".repeat(500)));
        assertThat(latestEvent().reason()).hasSize(500);
    }

    @Test
    void support_renames_obey_the_same_name_rules_as_customers() {
        NewApiKey first = customerKey();
        NewApiKey second = customerKey();
        assertThatThrownBy(() -> signedIn.as("support", () -> support.renameAsSupport(second.key().id(),
                first.key().name().toUpperCase(), "Tidying names")))
                .isInstanceOf(InvalidKeyNameException.class)
                .hasMessage(ApiKeyService.NAME_TAKEN);
    }

    @Test
    void customers_cannot_use_the_support_actions_even_on_their_own_keys() {
        NewApiKey key = customerKey();
        assertThatThrownBy(() -> signedIn.as(customer.username(), () -> support.deleteAsSupport(key.key().id(),
                "I am not support")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(verifier.verify(key.secret()).code()).isEqualTo(KeyVerification.Code.VALID);
    }

    @Test
    void anonymous_callers_cannot_use_the_support_actions() {
        NewApiKey key = customerKey();
        assertThatThrownBy(() -> signedIn.anonymously(() -> support.renameAsSupport(key.key().id(), "Nobody",
                "No one signed in")))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void customers_cannot_rename_with_the_support_actions_either() {
        NewApiKey key = customerKey();
        assertThatThrownBy(() -> signedIn.as(customer.username(), () -> support.renameAsSupport(key.key().id(),
                "Mine now", "I am not support")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(customerKeys())
                .anyMatch(listed -> listed.id().equals(key.key().id()) && listed.name().equals(key.key().name()));
    }

    @Test
    void anonymous_callers_cannot_delete_with_the_support_actions() {
        NewApiKey key = customerKey();
        assertThatThrownBy(() -> signedIn.anonymously(() -> {
            support.deleteAsSupport(key.key().id(), "No one signed in");
            return null;
        })).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(verifier.verify(key.secret()).code()).isEqualTo(KeyVerification.Code.VALID);
    }

    @Test
    void support_cannot_generate_keys_for_a_customer() {
        assertThatThrownBy(() -> signedIn.as("support", () -> keys.generate(customer.accountId(), "From support")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
