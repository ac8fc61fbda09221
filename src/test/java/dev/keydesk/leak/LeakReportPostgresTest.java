package dev.keydesk.leak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import dev.keydesk.apikey.ApiKeyStatus;
import dev.keydesk.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

/** The report path on the production database: the batched lookup, the targeted updates, the timing. */
@PostgresIntegrationTest
class LeakReportPostgresTest {

    private static final String URL = "https://github.com/acme/app/blob/abc/.env";

    @Autowired
    WebApplicationContext context;

    /** A benchmark, not a timed assertion: it prints how long a 1,000-token report takes on PostgreSQL. */
    @Test
    void a_report_of_1000_live_keys_deactivates_them_all_on_postgresql() throws Exception {
        LeakFixture fixture = new LeakFixture(context);
        LeakFixture.Owner owner = fixture.newAccount();
        List<String> keys = fixture.insertKeys(owner, 1000);
        byte[] body = TestReports.body(keys, URL);
        long start = System.nanoTime();
        fixture.report(body).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1000))
                .andExpect(jsonPath("$[?(@.label != 'true_positive')]").isEmpty());
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("BENCHMARK secret-scanning report of 1000 live keys on PostgreSQL 17: %d ms%n", millis);
        assertThat(fixture.listKeys(owner)).hasSize(1000).allMatch(key -> key.status() == ApiKeyStatus.DEACTIVATED);
        assertThat(fixture.auditRows(owner.accountId(), "KEY_DEACTIVATED")).hasSize(1000);

        fixture.report(body).andExpect(status().isOk());
        assertThat(fixture.auditRows(owner.accountId(), "KEY_DEACTIVATED")).hasSize(1000);
    }
}
