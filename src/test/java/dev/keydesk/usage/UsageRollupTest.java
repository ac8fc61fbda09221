package dev.keydesk.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

/** The daily roll-ups: exact decimal sums, UTC days. */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
class UsageRollupTest {

    @Autowired
    UsageIngestion ingestion;

    @Autowired
    JdbcClient jdbc;

    TestKey key;

    @BeforeEach
    void newKey() {
        key = InsertedKeys.insert(jdbc);
    }

    @Test
    void the_sum_of_1000_random_costs_equals_the_rollup_to_the_last_digit() {
        Random random = new Random(42);
        Instant now = Instant.now();
        List<UsageEvent> events = new ArrayList<>();
        BigDecimal expectedCost = BigDecimal.ZERO;
        BigDecimal expectedQuantity = BigDecimal.ZERO;
        for (int i = 0; i < 1000; i++) {
            BigDecimal cost = BigDecimal.valueOf(random.nextLong(0, 10_000_000_000L), 6);
            BigDecimal quantity = BigDecimal.valueOf(random.nextLong(0, 1_000_000_000L), 6);
            expectedCost = expectedCost.add(cost);
            expectedQuantity = expectedQuantity.add(quantity);
            events.add(event(PlatformService.SPEECH_TO_TEXT, UsageUnit.SECONDS, quantity, cost, now));
        }

        assertThat(ingestion.ingest(events).accepted()).isEqualTo(1000);

        var row = jdbc.sql("select quantity, cost, events from usage_daily where key_id = ?").param(key.keyId())
                .query((rs, n) -> List.of(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3))).single();
        assertThat(row.get(0)).isEqualByComparingTo(expectedQuantity);
        assertThat(row.get(1)).isEqualByComparingTo(expectedCost);
        assertThat(row.get(1).toPlainString()).isEqualTo(expectedCost.setScale(6).toPlainString());
        assertThat(row.get(2)).isEqualByComparingTo("1000");
    }

    @Test
    void events_are_rolled_up_by_their_utc_day() {
        Instant lastMoment = LocalDate.now(java.time.ZoneOffset.UTC).atStartOfDay(java.time.ZoneOffset.UTC)
                .toInstant().minusNanos(1_000_000);
        Instant midnight = lastMoment.plusMillis(1);
        ingestion.ingest(List.of(
                event(PlatformService.AGENTS, UsageUnit.REQUESTS, BigDecimal.ONE, new BigDecimal("1.5"), lastMoment),
                event(PlatformService.AGENTS, UsageUnit.REQUESTS, BigDecimal.ONE, new BigDecimal("2.5"), midnight)));

        var days = jdbc.sql("select usage_day, cost from usage_daily where key_id = ? order by usage_day")
                .param(key.keyId())
                .query((rs, n) -> rs.getObject(1, LocalDate.class) + "=" + rs.getBigDecimal(2).stripTrailingZeros()
                        .toPlainString())
                .list();
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        assertThat(days).containsExactly(today.minusDays(1) + "=1.5", today + "=2.5");
    }

    @Test
    void each_service_and_unit_has_its_own_rollup_row() {
        Instant now = Instant.now();
        ingestion.ingest(List.of(
                event(PlatformService.TEXT_GENERATION, UsageUnit.TOKENS, BigDecimal.TEN, BigDecimal.ONE, now),
                event(PlatformService.TEXT_GENERATION, UsageUnit.REQUESTS, BigDecimal.ONE, BigDecimal.ONE, now),
                event(PlatformService.AGENTS, UsageUnit.REQUESTS, BigDecimal.ONE, BigDecimal.ONE, now),
                event(PlatformService.AGENTS, UsageUnit.REQUESTS, BigDecimal.ONE, BigDecimal.ONE, now)));

        assertThat(jdbc.sql("select service || '/' || unit || '/' || events from usage_daily where key_id = ? "
                        + "order by service, unit").param(key.keyId()).query(String.class).list())
                .containsExactly("agents/requests/2", "text-generation/requests/1", "text-generation/tokens/1");
    }

    private UsageEvent event(PlatformService service, UsageUnit unit, BigDecimal quantity, BigDecimal cost,
            Instant at) {
        return new UsageEvent(UUID.randomUUID().toString(), key.keyId(), service, unit, quantity, cost, at);
    }
}
