package dev.keydesk.apiauth;

import static dev.keydesk.apiauth.VerifyEndpointTest.TOKEN;
import static dev.keydesk.apiauth.VerifyEndpointTest.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import dev.keydesk.apiauth.KeyChecks.Channel;
import dev.keydesk.testsupport.InsertedKeys;
import dev.keydesk.testsupport.InsertedKeys.TestKey;
import dev.keydesk.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class LastUsedRecorderTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KeyChecks checks;

    @Autowired
    LastUsedRecorder recorder;

    @BeforeEach
    void startWithNothingPending() {
        recorder.flush();
    }

    @Test
    void a_burst_of_10000_verifications_makes_one_write_per_key() {
        TestKey key = InsertedKeys.insert(jdbc);
        for (int i = 0; i < 10_000; i++) {
            assertThat(checks.check(key.secret(), Channel.API_REQUEST).isValid()).isTrue();
        }
        assertThat(lastUsedRecorded(key.keyId())).isFalse();
        assertThat(recorder.flush()).isEqualTo(1);
        assertThat(lastUsedRecorded(key.keyId())).isTrue();
    }

    @Test
    void a_customer_api_request_records_last_used_at_the_next_flush() throws Exception {
        TestKey key = InsertedKeys.insert(jdbc);
        mvc.perform(get("/api/v1/me").header("api-key", key.secret())).andExpect(status().isOk());
        recorder.flush();
        assertThat(lastUsedRecorded(key.keyId())).isTrue();
    }

    @Test
    void a_verification_by_a_model_service_records_last_used() throws Exception {
        TestKey key = InsertedKeys.insert(jdbc);
        mvc.perform(post(VerifyController.PATH).header("Authorization", "Bearer " + TOKEN)
                .contentType(MediaType.APPLICATION_JSON).content(body(key.secret()))).andExpect(status().isOk());
        recorder.flush();
        assertThat(lastUsedRecorded(key.keyId())).isTrue();
    }

    @Test
    void refused_keys_record_nothing() {
        TestKey key = InsertedKeys.insert(jdbc);
        InsertedKeys.markDeactivated(jdbc, key.keyId());
        checks.check(key.secret(), Channel.VERIFY_ENDPOINT);
        assertThat(recorder.flush()).isZero();
        assertThat(lastUsedRecorded(key.keyId())).isFalse();
    }

    @Test
    void a_flush_after_a_delete_does_not_bring_the_key_back() {
        TestKey key = InsertedKeys.insert(jdbc);
        checks.check(key.secret(), Channel.API_REQUEST);
        InsertedKeys.markDeleted(jdbc, key.keyId());
        recorder.flush();
        assertThat(jdbc.sql("select status from api_key where id = ?").param(key.keyId()).query(String.class).single())
                .isEqualTo("DELETED");
        assertThat(checks.check(key.secret(), Channel.API_REQUEST).code().name()).isEqualTo("DELETED");
    }

    private boolean lastUsedRecorded(UUID keyId) {
        return jdbc.sql("select last_used_at is not null from api_key where id = ?").param(keyId)
                .query(Boolean.class).single();
    }
}
