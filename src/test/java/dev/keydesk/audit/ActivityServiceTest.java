package dev.keydesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import dev.keydesk.apikey.NewApiKey;
import dev.keydesk.testsupport.IntegrationTest;
import dev.keydesk.testsupport.SignedIn;
import dev.keydesk.testsupport.TestAccounts;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import dev.keydesk.testsupport.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ActivityServiceTest {

    @Autowired
    ActivityService activity;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TestKeys testKeys;

    TestCustomer customer;

    @BeforeEach
    void newCustomer(@Autowired TestAccounts accounts) {
        customer = accounts.newCustomer();
    }

    private List<AuditEvent> activity(int offset, int limit) {
        return signedIn.as(customer.username(), () -> activity.activity(customer.accountId(), offset, limit));
    }

    @Test
    void events_come_newest_first_with_who_did_what_to_which_key() {
        NewApiKey key = testKeys.generate(customer, "Activity " + UUID.randomUUID());
        testKeys.rename(customer, key, key.key().name() + " renamed");
        testKeys.delete(customer, key);

        List<AuditEvent> newest = activity(0, 3);
        assertThat(newest).extracting(AuditEvent::action)
                .containsExactly(AuditAction.KEY_DELETED, AuditAction.KEY_RENAMED, AuditAction.KEY_CREATED);
        assertThat(newest).allMatch(event -> key.key().id().equals(event.keyId()))
                .allMatch(event -> event.actorLabel().equals(customer.username()))
                .allMatch(event -> key.key().hint().equals(event.keyHint()));
        assertThat(newest.get(1).details()).isEqualTo("Renamed from \u201c" + key.key().name() + "\u201d to \u201c"
                + key.key().name() + " renamed\u201d");
    }

    @Test
    void pages_follow_each_other_without_overlap() {
        for (int i = 0; i < 3; i++) {
            testKeys.delete(customer, testKeys.generate(customer, "Paging " + UUID.randomUUID()));
        }
        long total = signedIn.as(customer.username(), () -> activity.countActivity(customer.accountId()));
        List<AuditEvent> all = activity(0, (int) total);
        List<AuditEvent> second = activity(2, 2);
        assertThat(all).hasSize((int) total);
        assertThat(second).containsExactlyElementsOf(all.subList(2, 4));
    }

    @Test
    void the_audit_repository_offers_no_way_to_update_or_delete_rows() {
        assertThat(Arrays.stream(AuditEventRepository.class.getMethods()).map(Method::getName))
                .noneMatch(name -> name.startsWith("delete") || name.startsWith("update") || name.startsWith("save"));
    }
}
