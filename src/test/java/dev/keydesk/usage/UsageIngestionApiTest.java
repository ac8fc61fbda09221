package dev.keydesk.usage;

import static dev.keydesk.usage.UsageEvents.TOKEN;
import static dev.keydesk.usage.UsageEvents.TTS_ONLY_TOKEN;
import static dev.keydesk.usage.UsageEvents.body;
import static dev.keydesk.usage.UsageEvents.event;
import static dev.keydesk.usage.UsageEvents.with;
import static dev.keydesk.usage.UsageEvents.without;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.keydesk.testsupport.InsertedKeys;
import dev.keydesk.testsupport.InsertedKeys.TestKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
class UsageIngestionApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    TestKey key;

    @BeforeEach
    void newKey() {
        key = InsertedKeys.insert(jdbc);
    }

    @Test
    void a_valid_batch_is_accepted_and_added_to_the_day_of_its_events() throws Exception {
        report(TOKEN, body(List.of(event(key.keyId(), "0.012345"), event(key.keyId(), "1.000001"))))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.accepted").value(2))
                .andExpect(jsonPath("$.duplicates").value(0))
                .andExpect(jsonPath("$.rejected").isEmpty());

        assertThat(costOf(key.keyId())).isEqualByComparingTo("1.012346");
        assertThat(quantityOf(key.keyId())).isEqualByComparingTo("2000");
    }

    @Test
    void an_id_repeated_within_a_batch_counts_once() throws Exception {
        Map<String, Object> event = event(key.keyId(), "0.5");
        report(TOKEN, body(List.of(event, event, with(event, "cost", "9.0"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(1))
                .andExpect(jsonPath("$.duplicates").value(2));

        assertThat(costOf(key.keyId())).isEqualByComparingTo("0.5");
    }

    @Test
    void a_batch_sent_again_counts_nothing_the_second_time() throws Exception {
        String batch = body(List.of(event(key.keyId(), "0.25"), event(key.keyId(), "0.75")));
        report(TOKEN, batch).andExpect(jsonPath("$.accepted").value(2));

        report(TOKEN, batch).andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(0))
                .andExpect(jsonPath("$.duplicates").value(2));
        assertThat(costOf(key.keyId())).isEqualByComparingTo("1.00");
    }

    @Test
    void an_id_seen_in_an_earlier_batch_is_a_duplicate_within_a_new_one() throws Exception {
        Map<String, Object> first = event(key.keyId(), "1");
        report(TOKEN, body(List.of(first)));

        report(TOKEN, body(List.of(event(key.keyId(), "2"), first)))
                .andExpect(jsonPath("$.accepted").value(1))
                .andExpect(jsonPath("$.duplicates").value(1));
        assertThat(costOf(key.keyId())).isEqualByComparingTo("3");
    }

    @Test
    void bad_events_are_rejected_one_by_one_with_their_index_and_the_good_ones_count() throws Exception {
        Map<String, Object> good = event(key.keyId(), "0.1");
        Instant now = Instant.now();
        List<Map<String, Object>> events = List.of(
                good,
                with(event(key.keyId(), "0.1"), "key_id", UUID.randomUUID().toString()),
                with(event(key.keyId(), "0.1"), "quantity", -1),
                event(key.keyId(), "0.1234567"),
                event(UUID.randomUUID().toString(), key.keyId(), "0.1", now.plus(Duration.ofMinutes(6))),
                event(UUID.randomUUID().toString(), key.keyId(), "0.1", now.minus(Duration.ofDays(31))),
                without(event(key.keyId(), "0.1"), "id"),
                with(event(key.keyId(), "0.1"), "id", "x".repeat(65)),
                with(event(key.keyId(), "0.1"), "service", "image-generation"),
                with(event(key.keyId(), "0.1"), "unit", "pixels"),
                with(event(key.keyId(), "0.1"), "quantity", "1.0000001"),
                with(event(key.keyId(), "0.1"), "cost", "-0.01"),
                with(event(key.keyId(), "0.1"), "key_id", "not-a-uuid"),
                with(event(key.keyId(), "0.1"), "occurred_at", "yesterday"));

        report(TOKEN, body(events))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(1))
                .andExpect(jsonPath("$.duplicates").value(0))
                .andExpect(jsonPath("$.rejected.length()").value(13))
                .andExpect(jsonPath("$.rejected[0].index").value(1))
                .andExpect(jsonPath("$.rejected[0].error").value("unknown_key"))
                .andExpect(jsonPath("$.rejected[1].error").value("invalid_quantity"))
                .andExpect(jsonPath("$.rejected[1].message").value(containsString("negative")))
                .andExpect(jsonPath("$.rejected[2].error").value("invalid_cost"))
                .andExpect(jsonPath("$.rejected[2].message").value(containsString("more than 6 decimals")))
                .andExpect(jsonPath("$.rejected[3].error").value("occurred_in_future"))
                .andExpect(jsonPath("$.rejected[4].error").value("too_old"))
                .andExpect(jsonPath("$.rejected[5].error").value("missing_id"))
                .andExpect(jsonPath("$.rejected[6].error").value("id_too_long"))
                .andExpect(jsonPath("$.rejected[7].error").value("unknown_service"))
                .andExpect(jsonPath("$.rejected[8].error").value("unknown_unit"))
                .andExpect(jsonPath("$.rejected[9].error").value("invalid_quantity"))
                .andExpect(jsonPath("$.rejected[10].error").value("invalid_cost"))
                .andExpect(jsonPath("$.rejected[11].error").value("invalid_key_id"))
                .andExpect(jsonPath("$.rejected[12].error").value("invalid_occurred_at"))
                .andExpect(jsonPath("$.rejected[12].index").value(13));

        assertThat(costOf(key.keyId())).isEqualByComparingTo("0.1");
    }

    @Test
    void a_rejected_event_does_not_use_up_its_id() throws Exception {
        Map<String, Object> event = event(key.keyId(), "0.2");
        report(TOKEN, body(List.of(with(event, "unit", "pixels"))));

        report(TOKEN, body(List.of(event))).andExpect(jsonPath("$.accepted").value(1));
    }

    @Test
    void a_model_service_may_report_for_any_key_deleted_and_expired_ones_included() throws Exception {
        TestKey deleted = InsertedKeys.insert(jdbc);
        InsertedKeys.markDeleted(jdbc, deleted.keyId());
        TestKey expired = InsertedKeys.insert(jdbc);
        jdbc.sql("update api_key set expires_at = ? where id = ?")
                .params(java.time.OffsetDateTime.now().minusDays(1), expired.keyId()).update();

        report(TOKEN, body(List.of(event(deleted.keyId(), "1"), event(expired.keyId(), "2"), event(key.keyId(), "3"))))
                .andExpect(jsonPath("$.accepted").value(3));
        assertThat(costOf(deleted.keyId())).isEqualByComparingTo("1");
        assertThat(costOf(expired.keyId())).isEqualByComparingTo("2");
    }

    @Test
    void quantities_and_costs_may_be_json_numbers_with_up_to_six_decimals() throws Exception {
        String batch = """
                {"events": [{"id": "%s", "key_id": "%s", "service": "speech-to-text", "unit": "seconds",
                  "quantity": 12.345678, "cost": 0.000001, "occurred_at": "%s"}]}"""
                .formatted(UUID.randomUUID(), key.keyId(), Instant.now());
        report(TOKEN, batch).andExpect(jsonPath("$.accepted").value(1));

        assertThat(quantityOf(key.keyId())).isEqualTo(new BigDecimal("12.345678"));
        assertThat(costOf(key.keyId())).isEqualTo(new BigDecimal("0.000001"));
    }

    @Test
    void a_request_of_1001_events_is_refused_whole() throws Exception {
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            events.add(event(key.keyId(), "0.01"));
        }
        report(TOKEN, body(events))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("too_many_events"))
                .andExpect(jsonPath("$.message").value(containsString("at most 1000 events")));
        assertThat(costOf(key.keyId())).isEqualByComparingTo("0");
    }

    @Test
    void a_request_of_1000_events_is_taken() throws Exception {
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            events.add(event(key.keyId(), "0.01"));
        }
        report(TOKEN, body(events)).andExpect(jsonPath("$.accepted").value(1000));
        assertThat(costOf(key.keyId())).isEqualByComparingTo("10");
    }

    @Test
    void a_wrong_service_token_is_refused_401_and_counts_nothing() throws Exception {
        report("not-a-service-token", body(List.of(event(key.keyId(), "1"))))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("invalid_service_token"));
        assertThat(costOf(key.keyId())).isEqualByComparingTo("0");
    }

    @Test
    void an_api_key_cannot_report_usage() throws Exception {
        report(key.secret(), body(List.of(event(key.keyId(), "1")))).andExpect(status().isUnauthorized());
        mvc.perform(post(UsageController.PATH).header("api-key", key.secret()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(List.of(event(key.keyId(), "1")))))
                .andExpect(status().isUnauthorized());
        assertThat(costOf(key.keyId())).isEqualByComparingTo("0");
    }

    @Test
    void a_token_bound_to_a_service_reports_for_that_service_only() throws Exception {
        Map<String, Object> speech = with(with(event(key.keyId(), "1"), "service", "text-to-speech"), "unit",
                "characters");
        report(TTS_ONLY_TOKEN, body(List.of(speech, event(key.keyId(), "2"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(1))
                .andExpect(jsonPath("$.rejected[0].index").value(1))
                .andExpect(jsonPath("$.rejected[0].error").value("service_not_allowed"));
        assertThat(costOf(key.keyId())).isEqualByComparingTo("1");
    }

    @Test
    void a_body_that_is_not_json_is_refused_415() throws Exception {
        mvc.perform(post(UsageController.PATH).header("Authorization", "Bearer " + TOKEN)
                        .contentType(MediaType.TEXT_PLAIN).content(body(List.of(event(key.keyId(), "1")))))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.error").value("unsupported_media_type"));
    }

    @Test
    void malformed_json_and_duplicate_fields_are_refused_400_and_count_nothing() throws Exception {
        report(TOKEN, "{\"events\": [").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("malformed_request"));
        report(TOKEN, "[]").andExpect(status().isBadRequest());
        String twice = """
                {"events": [{"id": "%s", "key_id": "%s", "service": "agents", "unit": "requests", "quantity": 1,
                  "cost": "0.1", "cost": "100", "occurred_at": "%s"}]}"""
                .formatted(UUID.randomUUID(), key.keyId(), Instant.now());
        report(TOKEN, twice).andExpect(status().isBadRequest());
        assertThat(costOf(key.keyId())).isEqualByComparingTo("0");
    }

    private ResultActions report(String token, String body) throws Exception {
        return mvc.perform(post(UsageController.PATH).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private BigDecimal costOf(UUID keyId) {
        return jdbc.sql("select coalesce(sum(cost), 0) from usage_daily where key_id = ?").param(keyId)
                .query(BigDecimal.class).single();
    }

    private BigDecimal quantityOf(UUID keyId) {
        return jdbc.sql("select coalesce(sum(quantity), 0) from usage_daily where key_id = ?").param(keyId)
                .query(BigDecimal.class).single().stripTrailingZeros();
    }
}
