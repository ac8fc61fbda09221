package dev.keydesk.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import dev.keydesk.Application;
import dev.keydesk.apikey.PlatformService;
import dev.keydesk.testsupport.Concurrently;
import dev.keydesk.testsupport.InsertedKeys;
import dev.keydesk.testsupport.InsertedKeys.TestKey;
import dev.keydesk.testsupport.PostgresDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Ingestion on PostgreSQL, with two application nodes on one database: the unique key on event ids, not a
 * check-then-insert, is what makes a batch count once when both nodes receive it at the same moment.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UsagePostgresTest {

    final List<ConfigurableApplicationContext> nodes = new ArrayList<>();
    JdbcClient jdbc;

    @BeforeAll
    void startTwoNodes() {
        String url = PostgresDatabases.newDatabase();
        nodes.add(start(url, true));
        nodes.add(start(url, false));
        jdbc = nodes.getFirst().getBean(JdbcClient.class);
    }

    @AfterAll
    void stopNodes() {
        nodes.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void the_nodes_write_with_the_postgresql_statements() {
        assertThat(nodes).allSatisfy(node -> assertThat(node.getBean(UsageWriter.class))
                .isInstanceOf(PostgresUsageWriter.class));
    }

    @Test
    void the_same_batch_sent_to_two_nodes_at_once_counts_once() throws Exception {
        TestKey first = InsertedKeys.insert(jdbc);
        TestKey second = InsertedKeys.insert(jdbc);
        List<UsageEvent> batch = new ArrayList<>();
        BigDecimal expected = BigDecimal.ZERO;
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            BigDecimal cost = BigDecimal.valueOf(random.nextLong(1, 100_000_000L), 6);
            expected = expected.add(cost);
            batch.add(event(i % 2 == 0 ? first : second, cost));
        }

        List<Object> outcomes = Concurrently.run(6,
                i -> () -> nodes.get(i % 2).getBean(UsageIngestion.class).ingest(batch));

        assertThat(outcomes).allMatch(IngestResult.class::isInstance);
        List<IngestResult> results = outcomes.stream().map(IngestResult.class::cast).toList();
        assertThat(results.stream().mapToInt(IngestResult::accepted).sum()).isEqualTo(500);
        assertThat(results.stream().mapToInt(IngestResult::duplicates).sum()).isEqualTo(5 * 500);
        assertThat(totalCost(first, second)).isEqualByComparingTo(expected);
    }

    @Test
    void overlapping_batches_on_two_nodes_count_every_event_once() throws Exception {
        TestKey key = InsertedKeys.insert(jdbc);
        List<UsageEvent> events = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            events.add(event(key, new BigDecimal("0.000001")));
        }
        // Three batches that overlap pairwise (0-199, 100-299, 0-99 + 200-299) and run concurrently.
        List<List<UsageEvent>> batches = List.of(events.subList(0, 200), events.subList(100, 300),
                concat(events.subList(0, 100), events.subList(200, 300)));

        List<Object> outcomes = Concurrently.run(6,
                i -> () -> nodes.get(i % 2).getBean(UsageIngestion.class).ingest(batches.get(i % 3)));

        assertThat(outcomes.stream().map(IngestResult.class::cast).mapToInt(IngestResult::accepted).sum())
                .isEqualTo(300);
        assertThat(totalCost(key)).isEqualByComparingTo("0.000300");
    }

    @Test
    void the_upsert_adds_to_an_existing_rollup_exactly() {
        TestKey key = InsertedKeys.insert(jdbc);
        UsageIngestion ingestion = nodes.getLast().getBean(UsageIngestion.class);
        ingestion.ingest(List.of(event(key, new BigDecimal("0.333333")), event(key, new BigDecimal("0.333333"))));
        ingestion.ingest(List.of(event(key, new BigDecimal("0.333334"))));

        assertThat(jdbc.sql("select cost from usage_daily where key_id = ?").param(key.keyId())
                .query(BigDecimal.class).single()).isEqualTo(new BigDecimal("1.000000"));
    }

    private BigDecimal totalCost(TestKey... keys) {
        BigDecimal total = BigDecimal.ZERO;
        for (TestKey key : keys) {
            total = total.add(jdbc.sql("select coalesce(sum(cost), 0) from usage_daily where key_id = ?")
                    .param(key.keyId()).query(BigDecimal.class).single());
        }
        return total;
    }

    private static UsageEvent event(TestKey key, BigDecimal cost) {
        return new UsageEvent(UUID.randomUUID().toString(), key.keyId(), PlatformService.TEXT_GENERATION,
                UsageUnit.TOKENS, BigDecimal.TEN, cost, Instant.now());
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }

    private static ConfigurableApplicationContext start(String jdbcUrl, boolean first) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--keydesk.demo-data=" + first));
        PostgresDatabases.properties(jdbcUrl).forEach((key, value) -> args.add("--" + key + "=" + value));
        return new SpringApplicationBuilder(Application.class).profiles("test").run(args.toArray(String[]::new));
    }
}
