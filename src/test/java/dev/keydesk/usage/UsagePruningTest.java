package dev.keydesk.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.keydesk.apikey.PlatformService;
import dev.keydesk.testsupport.InsertedKeys;
import dev.keydesk.testsupport.InsertedKeys.TestKey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Event ids are kept for the dedupe window (35 days) and then forgotten. */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
class UsagePruningTest {

    @Autowired
    UsagePruning pruning;

    @Autowired
    UsageIngestion ingestion;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UsageQueries queries;

    @Autowired
    UsageProperties properties;

    @Test
    void pruning_removes_the_ids_past_the_window_and_keeps_the_others() {
        Instant now = Instant.now();
        String old = "old-" + UUID.randomUUID();
        String barelyKept = "kept-" + UUID.randomUUID();
        String recent = "recent-" + UUID.randomUUID();
        insertId(old, now.minus(Duration.ofDays(35)).minusSeconds(60));
        insertId(barelyKept, now.minus(Duration.ofDays(35)).plusSeconds(60));
        insertId(recent, now);

        assertThat(pruning.prune()).isGreaterThanOrEqualTo(1);

        assertThat(stored(old)).isFalse();
        assertThat(stored(barelyKept)).isTrue();
        assertThat(stored(recent)).isTrue();
    }

    @Test
    void pruning_works_through_more_ids_than_one_batch() {
        Instant old = Instant.now().minus(Duration.ofDays(40));
        for (int i = 0; i < 25; i++) {
            insertId("batch-" + i + "-" + UUID.randomUUID(), old);
        }
        UsagePruning smallBatches = new UsagePruning(queries, new UsageProperties(properties.maxBody(),
                properties.dedupeWindow(), properties.maxAge(), properties.futureTolerance(), 10), Clock.systemUTC());

        assertThat(smallBatches.prune()).isGreaterThanOrEqualTo(25);
        assertThat(jdbc.sql("select count(*) from usage_event_id where received_at < ?")
                .param(Timestamp.from(Instant.now().minus(Duration.ofDays(35)))).query(Integer.class).single())
                .isZero();
    }

    /**
     * Documented limit: an id is unique only within the window. Once forgotten, a resend counts again, but only
     * if its event is younger than 30 days, which an event first received over 35 days ago cannot be.
     */
    @Test
    void after_the_window_a_resent_id_counts_again_only_with_a_young_event() {
        TestKey key = InsertedKeys.insert(jdbc);
        String id = "resent-" + UUID.randomUUID();
        insertId(id, Instant.now().minus(Duration.ofDays(36)));
        pruning.prune();

        UsageEvent young = new UsageEvent(id, key.keyId(), PlatformService.AGENTS, UsageUnit.REQUESTS, BigDecimal.ONE,
                BigDecimal.ONE, Instant.now());
        assertThat(ingestion.ingest(List.of(young)).accepted()).isEqualTo(1);
        assertThat(ingestion.ingest(List.of(young)).duplicates()).isEqualTo(1);
    }

    private void insertId(String id, Instant receivedAt) {
        jdbc.sql("insert into usage_event_id (id, received_at) values (?, ?)").params(id, Timestamp.from(receivedAt))
                .update();
    }

    private boolean stored(String id) {
        return jdbc.sql("select count(*) from usage_event_id where id = ?").param(id).query(Integer.class).single() == 1;
    }
}
