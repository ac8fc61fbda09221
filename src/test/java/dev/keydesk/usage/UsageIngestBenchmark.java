package dev.keydesk.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import dev.keydesk.Application;
import dev.keydesk.testsupport.PostgresDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Ingestion throughput and the pages' query times with a million events over 1,000 keys (docs/benchmarks.md).
 * Run: {@code ./mvnw -Pbenchmark test -Dtest=UsageIngestBenchmark} ({@code -Dbenchmark.usage-events=N} for
 * fewer). Four clients send 1,000-event batches over HTTP; every tenth batch is sent twice, and the totals must
 * come out as if it had been sent once.
 */
class UsageIngestBenchmark {

    private static final int BATCH = 1000;
    private static final int CLIENTS = 4;
    private static final int KEYS = 1000;
    private static final int KEYS_PER_ACCOUNT = 10;
    private static final String[][] USES = {{"text-generation", "tokens"}, {"text-to-speech", "characters"},
            {"speech-to-text", "seconds"}, {"agents", "requests"}};

    private final int events = Integer.getInteger("benchmark.usage-events", 1_000_000);

    @Test
    void ingest_on_postgresql() throws Exception {
        String url = PostgresDatabases.newDatabase();
        List<String> args = new ArrayList<>();
        PostgresDatabases.properties(url).forEach((key, value) -> args.add("--" + key + "=" + value));
        run("PostgreSQL 17 (embedded)", args, null);
    }

    @Test
    void ingest_on_h2() throws Exception {
        Path folder = Path.of("target", "usage-benchmark-h2-" + UUID.randomUUID());
        Files.createDirectories(folder);
        run("H2 (file)", List.of("--spring.datasource.url=jdbc:h2:file:" + folder.toAbsolutePath() + "/keydesk;"
                + "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000"), folder);
    }

    private void run(String database, List<String> extraArgs, Path h2Folder) throws Exception {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--keydesk.demo-data=false",
                "--logging.level.root=WARN"));
        args.addAll(extraArgs);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .profiles("test").run(args.toArray(String[]::new))) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            List<UUID[]> keys = insertKeys(jdbc);
            long sizeBefore = size(jdbc, h2Folder);

            int batches = events / BATCH;
            AtomicInteger next = new AtomicInteger();
            AtomicReference<BigDecimal> expectedCost = new AtomicReference<>(BigDecimal.ZERO);
            AtomicInteger accepted = new AtomicInteger();
            AtomicInteger duplicates = new AtomicInteger();
            long start = System.nanoTime();
            try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
                List<Future<?>> running = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    running.add(clients.submit(() -> {
                        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                        for (int b = next.getAndIncrement(); b < batches; b = next.getAndIncrement()) {
                            Body body = body(b, keys);
                            expectedCost.accumulateAndGet(body.cost(), BigDecimal::add);
                            int sends = b % 10 == 0 ? 2 : 1;
                            for (int s = 0; s < sends; s++) {
                                String answer = post(http, port, body.json());
                                accepted.addAndGet(number(answer, "accepted"));
                                duplicates.addAndGet(number(answer, "duplicates"));
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> client : running) {
                    client.get();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

            BigDecimal storedCost = jdbc.sql("select sum(cost) from usage_daily").query(BigDecimal.class).single();
            long storedEvents = jdbc.sql("select sum(events) from usage_daily").query(Long.class).single();
            assertThat(accepted.get()).isEqualTo(batches * BATCH);
            assertThat(storedEvents).isEqualTo(batches * (long) BATCH);
            assertThat(storedCost).isEqualByComparingTo(expectedCost.get());
            long sizeAfter = size(jdbc, h2Folder);

            UsageQueries queries = context.getBean(UsageQueries.class);
            UUID account = keys.get(0)[1];
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            double[] grid = time(() -> queries.costsByKey(account, today.minusDays(29)));
            double[] page = time(() -> queries.daily(account, today.minusDays(29), today));

            System.out.printf("%n=== Usage ingest benchmark: %s ===%n", database);
            System.out.printf("events %,d in %,d batches of %,d from %d clients, + %,d resent batches (%,d duplicates)%n",
                    batches * BATCH, batches, BATCH, CLIENTS, (batches + 9) / 10, duplicates.get());
            System.out.printf("time %.1f s: %,.0f new events/s (%,.0f events/s including the resent ones)%n",
                    seconds, batches * BATCH / seconds, (batches * BATCH + duplicates.get()) / seconds);
            System.out.printf("totals after the resends: %,d events, cost %s (expected %s)%n", storedEvents,
                    storedCost.toPlainString(), expectedCost.get().toPlainString());
            System.out.printf("roll-up rows %,d; grid cost query median %.2f ms, p95 %.2f ms; /usage query median "
                    + "%.2f ms, p95 %.2f ms%n", jdbc.sql("select count(*) from usage_daily").query(Long.class).single(),
                    grid[0], grid[1], page[0], page[1]);
            System.out.printf("size on disk: %,.1f MB for these events (%,.1f MB per million)%n",
                    (sizeAfter - sizeBefore) / 1e6, (sizeAfter - sizeBefore) / 1e6 / (batches * BATCH / 1e6));
            if (h2Folder == null) {
                System.out.printf("of which event ids (table and both indexes) %,.1f MB, roll-ups %,.1f MB%n",
                        jdbc.sql("select pg_total_relation_size('usage_event_id')").query(Long.class).single() / 1e6,
                        jdbc.sql("select pg_total_relation_size('usage_daily')").query(Long.class).single() / 1e6);
            }
            System.out.printf("load average at the end: %.2f on %d cores%n", load,
                    Runtime.getRuntime().availableProcessors());
        }
    }

    /** 1,000 keys in 100 accounts; each entry is {key id, account id}. */
    private static List<UUID[]> insertKeys(JdbcClient jdbc) {
        List<UUID[]> keys = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        UUID account = null;
        for (int i = 0; i < KEYS; i++) {
            if (i % KEYS_PER_ACCOUNT == 0) {
                account = UUID.randomUUID();
                jdbc.sql("insert into account (id, name, status, key_limit, created_at) values (?, ?, 'ACTIVE', 10, ?)")
                        .params(account, "Bench " + i, now).update();
            }
            UUID key = UUID.randomUUID();
            String hash = String.format("%064x", i);
            jdbc.sql("""
                            insert into api_key (id, account_id, name, name_key, hint, secret_hash, status, created_at)
                            values (?, ?, ?, ?, 'kd_…0000', ?, 'ACTIVE', ?)""")
                    .params(key, account, "Key " + i, "key " + i, hash, now).update();
            keys.add(new UUID[] {key, account});
        }
        return keys;
    }

    private record Body(String json, BigDecimal cost) {
    }

    private static Body body(int batch, List<UUID[]> keys) {
        Random random = new Random(batch);
        Instant now = Instant.now();
        StringBuilder json = new StringBuilder(BATCH * 220).append("{\"events\":[");
        BigDecimal cost = BigDecimal.ZERO;
        for (int i = 0; i < BATCH; i++) {
            String[] use = USES[random.nextInt(USES.length)];
            BigDecimal eventCost = BigDecimal.valueOf(random.nextLong(1, 50_000_000L), 6);
            cost = cost.add(eventCost);
            json.append(i == 0 ? "" : ",").append("{\"id\":\"").append(new UUID(random.nextLong(), random.nextLong()))
                    .append("\",\"key_id\":\"").append(keys.get(random.nextInt(keys.size()))[0])
                    .append("\",\"service\":\"").append(use[0]).append("\",\"unit\":\"").append(use[1])
                    .append("\",\"quantity\":").append(random.nextInt(1, 100_000))
                    .append(",\"cost\":\"").append(eventCost.toPlainString())
                    .append("\",\"occurred_at\":\"").append(now.minusSeconds(random.nextLong(0, 29L * 86400)))
                    .append("\"}");
        }
        return new Body(json.append("]}").toString(), cost);
    }

    private static String post(HttpClient http, int port, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + UsageController.PATH))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + UsageEvents.TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static int number(String json, String field) {
        int at = json.indexOf("\"" + field + "\":") + field.length() + 3;
        int end = at;
        while (Character.isDigit(json.charAt(end))) {
            end++;
        }
        return Integer.parseInt(json.substring(at, end));
    }

    /** Median and 95th percentile in ms of 200 runs, after 50 to warm up. */
    private static double[] time(Runnable query) {
        for (int i = 0; i < 50; i++) {
            query.run();
        }
        double[] ms = new double[200];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            query.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[ms.length / 2], ms[(int) (ms.length * 0.95)]};
    }

    private static long size(JdbcClient jdbc, Path h2Folder) throws IOException {
        if (h2Folder == null) {
            return jdbc.sql("select pg_total_relation_size('usage_event_id') + pg_total_relation_size('usage_daily')")
                    .query(Long.class).single();
        }
        jdbc.sql("checkpoint sync").update();
        try (Stream<Path> files = Files.list(h2Folder)) {
            return files.mapToLong(file -> file.toFile().length()).sum();
        }
    }
}
