package dev.keydesk.leak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.SecureRandom;
import java.util.List;

import dev.keydesk.apikey.ApiKeyStatus;
import dev.keydesk.apikey.ApiKeySummary;
import dev.keydesk.apikey.KeyFormat;
import dev.keydesk.apikey.KeyHasher;
import dev.keydesk.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

/** What a verified report does to keys: which ones, how often, and whose. */
@IntegrationTest
class LeakReportTest {

    private static final String URL = "https://gist.github.com/someone/0123456789abcdef";

    @Autowired
    WebApplicationContext context;

    LeakFixture fixture;
    LeakFixture.Owner owner;

    @BeforeEach
    void account() {
        fixture = new LeakFixture(context);
        owner = fixture.newAccount();
    }

    @Test
    void the_same_report_twice_changes_nothing_more_and_answers_the_same() throws Exception {
        String key = fixture.generateKey(owner, "Production");
        byte[] body = TestReports.body(List.of(key), URL);
        String first = fixture.report(body).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String second = fixture.report(body).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(second).isEqualTo(first);
        assertThat(fixture.auditRows(owner.accountId(), "KEY_DEACTIVATED")).hasSize(1);
        assertThat(fixture.listKeys(owner)).singleElement()
                .satisfies(listed -> assertThat(listed.deactivatedAt()).isNotNull());
    }

    @Test
    void a_later_report_of_a_deactivated_key_keeps_where_it_was_first_found() throws Exception {
        String key = fixture.generateKey(owner, "Production");
        fixture.report(TestReports.body(List.of(key), URL)).andExpect(status().isOk());
        fixture.report(TestReports.body(List.of(key), "https://elsewhere.example/x"))
                .andExpect(jsonPath("$[0].label").value("true_positive"));
        assertThat(fixture.listKeys(owner).getFirst().leakUrl()).isEqualTo(URL);
    }

    @Test
    void a_deleted_key_is_a_true_positive_and_stays_deleted() throws Exception {
        String key = fixture.generateKey(owner, "Old");
        fixture.delete(owner, fixture.listKeys(owner).getFirst().id());
        fixture.report(TestReports.body(List.of(key), URL))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].label").value("true_positive"));
        assertThat(fixture.status(key)).isEqualTo("DELETED");
        assertThat(fixture.auditRows(owner.accountId(), "KEY_DEACTIVATED")).isEmpty();
    }

    @Test
    void tokens_keydesk_did_not_issue_are_false_positives_with_their_hash() throws Exception {
        String neverIssued = new KeyFormat(new SecureRandom()).generate();
        String badChecksum = neverIssued.substring(0, 48) + (neverIssued.endsWith("0") ? "1" : "0");
        byte[] body = TestReports.body(List.of(neverIssued, badChecksum, "ghp_notours"), URL);
        fixture.report(body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].label").value("false_positive"))
                .andExpect(jsonPath("$[1].label").value("false_positive"))
                .andExpect(jsonPath("$[2].label").value("false_positive"))
                .andExpect(jsonPath("$[2].token_hash").value(KeyHasher.sha256Hex("ghp_notours")));
    }

    @Test
    void a_report_mixing_two_accounts_deactivates_each_key_and_each_account_sees_only_its_own() throws Exception {
        LeakFixture.Owner other = fixture.newAccount();
        String mine = fixture.generateKey(owner, "Mine");
        String kept = fixture.generateKey(owner, "Kept");
        String theirs = fixture.generateKey(other, "Theirs");
        fixture.report(TestReports.body(List.of(mine, theirs), URL))
                .andExpect(jsonPath("$[0].label").value("true_positive"))
                .andExpect(jsonPath("$[1].label").value("true_positive"));

        assertThat(fixture.listKeys(owner)).extracting(ApiKeySummary::name, ApiKeySummary::status)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Mine", ApiKeyStatus.DEACTIVATED),
                        org.assertj.core.groups.Tuple.tuple("Kept", ApiKeyStatus.ACTIVE));
        assertThat(fixture.listKeys(other)).extracting(ApiKeySummary::name, ApiKeySummary::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Theirs", ApiKeyStatus.DEACTIVATED));
        assertThat(fixture.auditRows(owner.accountId(), "KEY_DEACTIVATED")).singleElement().asString()
                .contains("Mine");
        assertThat(fixture.auditRows(other.accountId(), "KEY_DEACTIVATED")).singleElement().asString()
                .contains("Theirs");
        assertThat(fixture.status(kept)).isEqualTo("ACTIVE");
    }

    @Test
    void a_deactivated_key_can_be_deleted_and_renaming_it_keeps_it_deactivated() throws Exception {
        String key = fixture.generateKey(owner, "Leaked");
        fixture.report(TestReports.body(List.of(key), URL)).andExpect(status().isOk());
        ApiKeySummary leaked = fixture.listKeys(owner).getFirst();

        assertThat(fixture.rename(owner, leaked.id(), "Leaked, replace it").status())
                .isEqualTo(ApiKeyStatus.DEACTIVATED);
        fixture.me(key).andExpect(status().isUnauthorized());
        fixture.delete(owner, leaked.id());
        assertThat(fixture.listKeys(owner)).isEmpty();
        assertThat(fixture.status(key)).isEqualTo("DELETED");
    }

    @Test
    void deactivated_keys_do_not_count_towards_the_limit() throws Exception {
        String key = fixture.generateKey(owner, "Leaked");
        fixture.report(TestReports.body(List.of(key), URL)).andExpect(status().isOk());
        for (int i = 0; i < 10; i++) {
            fixture.generateKey(owner, "Replacement " + i);
        }
        assertThat(fixture.listKeys(owner)).hasSize(11);
    }

    /** A benchmark, not a timed assertion: it prints how long a 1,000-token report takes here. */
    @Test
    void a_report_of_1000_live_keys_deactivates_them_all() throws Exception {
        List<String> keys = fixture.insertKeys(owner, 1000);
        byte[] body = TestReports.body(keys, URL);
        long start = System.nanoTime();
        fixture.report(body).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1000));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("BENCHMARK secret-scanning report of 1000 live keys (%d KiB): %d ms (GitHub allows 30000 ms)%n",
                body.length / 1024, millis);
        assertThat(fixture.listKeys(owner)).hasSize(1000).allMatch(key -> key.status() == ApiKeyStatus.DEACTIVATED);
        assertThat(fixture.auditRows(owner.accountId(), "KEY_DEACTIVATED")).hasSize(1000);
    }
}
