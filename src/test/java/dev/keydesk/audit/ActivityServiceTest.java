package dev.keydesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import dev.keydesk.account.AccountService;
import dev.keydesk.apikey.ApiKeyService;
import dev.keydesk.apikey.NewApiKey;
import dev.keydesk.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class ActivityServiceTest {

    @Autowired
    ActivityService activity;
    @Autowired
    ApiKeyService keys;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;

    SignedIn signedIn;
    UUID acme;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(users);
        acme = signedIn.as("customer", () -> accounts.currentAccount().id());
    }

    @Test
    void events_come_newest_first_with_who_did_what_to_which_key() {
        NewApiKey key = signedIn.as("customer", () -> keys.generate(acme, "Activity " + UUID.randomUUID()));
        signedIn.as("customer", () -> keys.rename(key.key().id(), key.key().name() + " renamed"));
        signedIn.as("customer", () -> keys.delete(key.key().id()));

        List<AuditEvent> newest = signedIn.as("customer", () -> activity.activity(acme, 0, 3));
        assertThat(newest).extracting(AuditEvent::action)
                .containsExactly(AuditAction.KEY_DELETED, AuditAction.KEY_RENAMED, AuditAction.KEY_CREATED);
        assertThat(newest).allMatch(event -> key.key().id().equals(event.keyId()))
                .allMatch(event -> event.actorLabel().equals("customer"))
                .allMatch(event -> key.key().hint().equals(event.keyHint()));
        assertThat(newest.get(1).details()).isEqualTo("Renamed from \u201c" + key.key().name() + "\u201d to \u201c"
                + key.key().name() + " renamed\u201d");
    }

    @Test
    void pages_follow_each_other_without_overlap() {
        for (int i = 0; i < 3; i++) {
            NewApiKey key = signedIn.as("customer", () -> keys.generate(acme, "Paging " + UUID.randomUUID()));
            signedIn.as("customer", () -> keys.delete(key.key().id()));
        }
        long total = signedIn.as("customer", () -> activity.countActivity(acme));
        List<AuditEvent> all = signedIn.as("customer", () -> activity.activity(acme, 0, (int) total));
        List<AuditEvent> second = signedIn.as("customer", () -> activity.activity(acme, 2, 2));
        assertThat(all).hasSize((int) total);
        assertThat(second).containsExactlyElementsOf(all.subList(2, 4));
    }

    @Test
    void the_audit_repository_offers_no_way_to_update_or_delete_rows() {
        assertThat(Arrays.stream(AuditEventRepository.class.getMethods()).map(Method::getName))
                .noneMatch(name -> name.startsWith("delete") || name.startsWith("update") || name.startsWith("save"));
    }
}
