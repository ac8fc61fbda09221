package dev.keydesk.apiauth;

import static dev.keydesk.apiauth.VerifyEndpointTest.from;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.SecureRandom;

import dev.keydesk.apikey.KeyFormat;
import dev.keydesk.testsupport.InsertedKeys;
import dev.keydesk.testsupport.InsertedKeys.TestKey;
import dev.keydesk.testsupport.IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
@AutoConfigureMockMvc
class ApiThrottlingTest {

    static final int LIMIT = 30;
    static final KeyFormat FORMAT = new KeyFormat(new SecureRandom());

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Test
    void the_attempt_after_the_limit_of_failed_attempts_gets_429_with_retry_after() throws Exception {
        String address = "10.2.0.1";
        failUpToTheLimit(address);
        me(FORMAT.generate(), address)
                .andExpect(status().isTooManyRequests())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.error").value("rate_limited"))
                .andExpect(header().string("Retry-After", matchesPattern("[1-9][0-9]?")));
    }

    @Test
    void a_valid_key_from_a_throttled_address_keeps_working() throws Exception {
        String address = "10.2.0.2";
        TestKey key = InsertedKeys.insert(jdbc);
        me(key.secret(), address).andExpect(status().isOk());
        failUpToTheLimit(address);
        me(FORMAT.generate(), address).andExpect(status().isTooManyRequests());
        me(key.secret(), address).andExpect(status().isOk())
                .andExpect(jsonPath("$.key.id").value(key.keyId().toString()));
    }

    @Test
    void a_throttled_address_gets_429_without_any_key_lookup() throws Exception {
        String address = "10.2.0.3";
        failUpToTheLimit(address);
        double lookupsBefore = lookups();
        for (int i = 0; i < 20; i++) {
            me(FORMAT.generate(), address).andExpect(status().isTooManyRequests());
        }
        assertThat(lookups()).isEqualTo(lookupsBefore);
    }

    @Test
    void other_addresses_are_not_throttled() throws Exception {
        failUpToTheLimit("10.2.0.4");
        me(FORMAT.generate(), "10.2.0.5").andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("invalid_api_key"));
    }

    @Test
    void requests_without_a_key_do_not_count_as_failed_attempts() throws Exception {
        String address = "10.2.0.6";
        for (int i = 0; i < LIMIT + 5; i++) {
            mvc.perform(get("/api/v1/me").with(from(address))).andExpect(status().isUnauthorized());
        }
        me(FORMAT.generate(), address).andExpect(status().isUnauthorized());
    }

    private void failUpToTheLimit(String address) throws Exception {
        for (int i = 0; i < LIMIT; i++) {
            me("kd_bad-" + i, address).andExpect(status().isUnauthorized());
        }
    }

    /** Key checks that reached the lookup (everything but MALFORMED), on the customer API. */
    private double lookups() {
        return meters.find("keydesk.key.verifications").tag("channel", "api_request").counters().stream()
                .filter(counter -> !"MALFORMED".equals(counter.getId().getTag("outcome")))
                .mapToDouble(counter -> counter.count()).sum();
    }

    private ResultActions me(String key, String address) throws Exception {
        return mvc.perform(get("/api/v1/me").with(from(address)).header("Authorization", "Bearer " + key));
    }
}
