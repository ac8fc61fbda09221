package dev.keydesk.usage;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import dev.keydesk.apikey.PlatformService;
import dev.keydesk.testsupport.InsertedKeys;
import dev.keydesk.testsupport.InsertedKeys.TestKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** GET /api/v1/usage: a program reads its own account's usage with its API key. */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
class UsageReadApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UsageIngestion ingestion;

    TestKey key;
    LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @BeforeEach
    void keyWithUsage() {
        key = InsertedKeys.insert(jdbc);
        Instant now = Instant.now();
        ingestion.ingest(List.of(
                event(PlatformService.TEXT_GENERATION, UsageUnit.TOKENS, "1234", "0.012345", now),
                event(PlatformService.TEXT_GENERATION, UsageUnit.TOKENS, "1000", "0.01", now),
                event(PlatformService.SPEECH_TO_TEXT, UsageUnit.SECONDS, "2.5", "0.5", now.minus(Duration.ofDays(3)))));
    }

    @Test
    void the_rows_are_one_per_day_key_service_and_unit_with_decimal_strings() throws Exception {
        mvc.perform(get(UsageController.PATH + "?days=30").header("Authorization", "Bearer " + key.secret()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value(today.minusDays(29).toString()))
                .andExpect(jsonPath("$.to").value(today.toString()))
                .andExpect(jsonPath("$.rows.length()").value(2))
                .andExpect(jsonPath("$.rows[0].date").value(today.minusDays(3).toString()))
                .andExpect(jsonPath("$.rows[0].service").value("speech-to-text"))
                .andExpect(jsonPath("$.rows[0].unit").value("seconds"))
                .andExpect(jsonPath("$.rows[0].quantity").value("2.5"))
                .andExpect(jsonPath("$.rows[0].cost").value("0.5"))
                .andExpect(jsonPath("$.rows[1].date").value(today.toString()))
                .andExpect(jsonPath("$.rows[1].key_id").value(key.keyId().toString()))
                .andExpect(jsonPath("$.rows[1].key_name").value(key.keyName()))
                .andExpect(jsonPath("$.rows[1].quantity").value("2234"))
                .andExpect(jsonPath("$.rows[1].cost").value("0.022345"));
    }

    @Test
    void days_narrows_the_period_and_defaults_to_30() throws Exception {
        mvc.perform(get(UsageController.PATH + "?days=1").header("api-key", key.secret()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value(today.toString()))
                .andExpect(jsonPath("$.rows.length()").value(1));
        mvc.perform(get(UsageController.PATH).header("api-key", key.secret()))
                .andExpect(jsonPath("$.from").value(today.minusDays(29).toString()));
    }

    @Test
    void days_outside_1_to_30_are_refused_400() throws Exception {
        for (String days : List.of("0", "31", "-1", "abc", "1.5")) {
            mvc.perform(get(UsageController.PATH + "?days=" + days).header("api-key", key.secret()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("invalid_days"));
        }
    }

    @Test
    void another_accounts_usage_is_never_shown() throws Exception {
        TestKey other = InsertedKeys.insert(jdbc);
        mvc.perform(get(UsageController.PATH).header("api-key", other.secret()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.length()").value(0));
    }

    @Test
    void reading_usage_needs_an_api_key_not_a_service_token() throws Exception {
        mvc.perform(get(UsageController.PATH).header("Authorization", "Bearer " + UsageEvents.TOKEN))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("invalid_api_key"));
        mvc.perform(get(UsageController.PATH)).andExpect(status().isUnauthorized());
    }

    private UsageEvent event(PlatformService service, UsageUnit unit, String quantity, String cost, Instant at) {
        return new UsageEvent(UUID.randomUUID().toString(), key.keyId(), service, unit, new BigDecimal(quantity),
                new BigDecimal(cost), at);
    }
}
