package dev.keydesk.apiauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.keydesk.account.AccountService;
import dev.keydesk.apikey.ApiKeyService;
import dev.keydesk.apikey.KeyFormat;
import dev.keydesk.apikey.NewApiKey;
import dev.keydesk.apikey.SupportKeyActions;
import dev.keydesk.base.replica.SynchronousCommit;
import dev.keydesk.testsupport.ApiClient;
import dev.keydesk.testsupport.InsertedKeys;
import dev.keydesk.testsupport.PrimaryAndReplica;
import dev.keydesk.testsupport.TestNode;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A real primary and streaming replica (Debian's PostgreSQL): a writer node on the primary only, and a reader
 * node whose key lookups read the replica. A revocation through the writer is refused by the reader's very
 * next verification; with the replica lagging the revocation waits, and once the replica is fenced it
 * returns only after the reader has stopped reading it (docs/scaling.md, "Replicas and revocation").
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicaRevocationIT {

    private static final int ROUNDS = 1000;
    private static final int BATCH = 100;
    private static final int SHOWN = 50;
    private static final KeyFormat FORMAT = new KeyFormat(new SecureRandom());

    static PrimaryAndReplica servers;
    static TestNode writer;
    static TestNode reader;
    /** One HTTP client per node, so verifications reuse their connections as a model service's would. */
    static ApiClient readerApi;
    static ApiClient writerApi;

    @BeforeAll
    static void startPrimaryReplicaAndTwoNodes() throws Exception {
        servers = PrimaryAndReplica.start();
        writer = TestNode.start(with(servers.nodeSettings(false), "keydesk.demo-data", "true"));
        reader = TestNode.start(with(servers.nodeSettings(true), "keydesk.demo-data", "false"));
        readerApi = reader.api();
        writerApi = writer.api();
        NewApiKey probe = generate("Probe");
        awaitReplicaReads(probe);
    }

    @AfterAll
    static void stopEverything() {
        for (AutoCloseable closeable : new AutoCloseable[] {reader, writer, servers}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception ignored) {
                // The others must still stop.
            }
        }
    }

    @Test
    @Order(1)
    void a_key_deleted_through_the_primary_is_refused_by_the_very_next_verification_on_the_replica() {
        double replicaBefore = lookups("replica");
        int notValidBefore = 0;
        int acceptedAfterDelete = 0;
        long deleting = 0;
        long started = System.nanoTime();
        for (int batch = 0; batch < ROUNDS / BATCH; batch++) {
            for (TestKey key : insertKeys(batch)) {
                if (!"VALID".equals(code(key.secret()))) {
                    notValidBefore++;
                }
                long t0 = System.nanoTime();
                writer.signedIn().run("support", () -> writer.bean(SupportKeyActions.class)
                        .deleteAsSupport(key.id(), "Replica revocation test"));
                deleting += System.nanoTime() - t0;
                if (!"DELETED".equals(code(key.secret()))) {
                    acceptedAfterDelete++;
                }
            }
        }
        long total = System.nanoTime() - started;
        double replicaReads = lookups("replica") - replicaBefore;
        System.out.printf("ReplicaRevocationIT: %d deletions, each followed by a verification on the replica, in %.1f s; "
                + "a deletion took %.2f ms on average (remote_apply); %.0f of %d verifications read the replica; "
                + "a commit of one row: %s%n", ROUNDS, total / 1e9, deleting / 1e6 / ROUNDS, replicaReads, 2 * ROUNDS,
                commitLatencies());

        assertThat(acceptedAfterDelete).as("verifications that accepted a key after its deletion returned").isZero();
        assertThat(notValidBefore).as("keys not valid on the replica before their deletion").isZero();
        // A lease may lapse for a moment on a busy machine (those reads go to the primary); nearly all read the replica.
        assertThat(replicaReads).isGreaterThanOrEqualTo(0.9 * 2 * ROUNDS);
    }

    @Test
    @Order(2)
    void a_key_shown_to_its_owner_verifies_on_the_replica_at_once() {
        int notYetValid = 0;
        for (int i = 0; i < SHOWN; i++) {
            NewApiKey key = generate("Shown " + i);
            if (!"VALID".equals(code(key))) {
                notYetValid++;
            }
            delete(key);
        }
        assertThat(notYetValid).isZero();
    }

    @Test
    @Order(3)
    void with_the_replica_lagging_a_deletion_waits_and_is_refused_as_soon_as_it_returns() throws Exception {
        NewApiKey key = generate("Lagging");
        assertThat(code(key)).isEqualTo("VALID");
        servers.pauseReplay();
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            Future<?> deletion = background.submit(() -> delete(key));
            long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            while (System.nanoTime() < until) {
                // Not returned yet, and invisible everywhere: the primary shows a waiting commit to nobody.
                assertThat(deletion.isDone()).isFalse();
                assertThat(code(key)).isEqualTo("VALID");
                assertThat(writerCode(key)).isEqualTo("VALID");
                Thread.sleep(200);
            }
            servers.resumeReplay();
            deletion.get(30, TimeUnit.SECONDS);
            assertThat(code(key)).isEqualTo("DELETED");
        } finally {
            servers.resumeReplay();
            background.shutdownNow();
        }
    }

    @Test
    @Order(4)
    void a_replica_that_stays_behind_is_fenced_and_a_deletion_returns_only_once_no_node_reads_it() throws Exception {
        NewApiKey key = generate("Fenced");
        assertThat(code(key)).isEqualTo("VALID");
        double primaryBefore = lookups("primary");
        List<Observation> seen = new CopyOnWriteArrayList<>();
        AtomicBoolean polling = new AtomicBoolean(true);
        ExecutorService background = Executors.newFixedThreadPool(2);
        servers.pauseReplay();
        try {
            background.submit(() -> {
                while (polling.get()) {
                    long start = System.nanoTime();
                    String code = code(key);
                    seen.add(new Observation(start, code));
                    Thread.sleep(20);
                }
                return null;
            });
            long started = System.nanoTime();
            background.submit(() -> delete(key)).get(60, TimeUnit.SECONDS);
            long returned = System.nanoTime();
            assertThat(code(key)).isEqualTo("DELETED");
            polling.set(false);
            background.shutdown();
            assertThat(background.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

            System.out.printf("ReplicaRevocationIT: with replay paused, the deletion returned after %.1f s "
                    + "(fenced, then out of the synchronous set)%n", (returned - started) / 1e9);
            assertThat(Duration.ofNanos(returned - started)).isGreaterThan(Duration.ofSeconds(5));
            assertThat(seen).filteredOn(seenAt -> seenAt.start() < returned).extracting(Observation::code)
                    .contains("VALID");
            assertThat(seen).filteredOn(seenAt -> seenAt.start() > returned).extracting(Observation::code)
                    .doesNotContain("VALID");
            assertThat(lookups("primary")).isGreaterThan(primaryBefore);
            assertThat(primary("show synchronous_standby_names")).doesNotContain(PrimaryAndReplica.REPLICA);
            assertThat(primary("select count(*) from replica_fence")).isEqualTo("1");
        } finally {
            servers.resumeReplay();
            polling.set(false);
            background.shutdownNow();
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        while (!"0".equals(primary("select count(*) from replica_fence")) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(primary("select count(*) from replica_fence")).as("the fence is lifted once it caught up").isEqualTo("0");
        assertThat(primary("show synchronous_standby_names")).contains(PrimaryAndReplica.REPLICA);
        awaitReplicaReads(key);
        assertThat(code(key)).isEqualTo("DELETED");
    }

    private record Observation(long start, String code) {
    }

    private record TestKey(UUID id, String secret) {
    }

    /** Keys inserted straight into one account of their own, in one transaction that waits for the replica. */
    private static List<TestKey> insertKeys(int batch) {
        UUID accountId = UUID.randomUUID();
        List<TestKey> keys = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            keys.add(new TestKey(UUID.randomUUID(), FORMAT.generate()));
        }
        JdbcClient jdbc = writer.bean(JdbcClient.class);
        new TransactionTemplate(writer.bean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
            writer.bean(SynchronousCommit.class).remoteApply();
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            jdbc.sql("insert into account (id, name, status, key_limit, created_at) values (?, ?, 'ACTIVE', ?, ?)")
                    .params(accountId, "Replica batch " + batch + " " + accountId, BATCH, now).update();
            for (int i = 0; i < keys.size(); i++) {
                TestKey key = keys.get(i);
                jdbc.sql("""
                                insert into api_key (id, account_id, name, name_key, hint, status, created_at)
                                values (?, ?, ?, ?, ?, 'ACTIVE', ?)""")
                        .params(key.id(), accountId, "Key " + i, "key " + i, KeyFormat.hint(key.secret()), now).update();
                InsertedKeys.insertSecret(jdbc, key.id(), key.secret());
            }
        });
        return keys;
    }

    /** Median commit time of a one-row update as the application's role, waiting for the replica or not. */
    private static String commitLatencies() {
        return "remote_apply " + medianCommitMillis("remote_apply") + " ms, local " + medianCommitMillis("local")
                + " ms (median of 200)";
    }

    private static String medianCommitMillis(String level) {
        JdbcClient jdbc = writer.bean(JdbcClient.class);
        TransactionTemplate transaction = new TransactionTemplate(writer.bean(PlatformTransactionManager.class));
        long[] nanos = new long[200];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            transaction.executeWithoutResult(status -> {
                jdbc.sql("set local synchronous_commit = " + level).update();
                jdbc.sql("update account set key_limit = key_limit where name = 'Acme Corp'").update();
            });
            nanos[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(nanos);
        return String.format(java.util.Locale.ROOT, "%.2f", nanos[nanos.length / 2] / 1e6);
    }

    private static Map<String, String> with(Map<String, String> settings, String name, String value) {
        Map<String, String> all = new HashMap<>(settings);
        all.put(name, value);
        return all;
    }

    private static NewApiKey generate(String name) {
        return writer.signedIn().as("customer", () -> writer.bean(ApiKeyService.class)
                .generate(writer.bean(AccountService.class).currentAccount().id(), name));
    }

    private static void delete(NewApiKey key) {
        writer.signedIn().run("customer", () -> writer.bean(ApiKeyService.class).delete(key.key().id()));
    }

    /** The reader node's verify endpoint: its replica-reading path. */
    private static String code(NewApiKey key) {
        return code(key.secret());
    }

    private static String code(String secret) {
        return codeOn(reader, secret);
    }

    private static String writerCode(NewApiKey key) {
        return codeOn(writer, key.secret());
    }

    private static String codeOn(TestNode node, String secret) {
        var response = (node == reader ? readerApi : writerApi).post(VerifyController.PATH, VerifyEndpointTest.body(secret)
                .getBytes(StandardCharsets.UTF_8), "Authorization", "Bearer " + VerifyEndpointTest.TOKEN,
                "Content-Type", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        return String.valueOf(ApiClient.json(response).get("code"));
    }

    private static double lookups(String source) {
        return reader.bean(MeterRegistry.class).counter("keydesk.key.lookups", "source", source).count();
    }

    /** Waits until the reader holds its lease again and a verification reads the replica. */
    private static void awaitReplicaReads(NewApiKey key) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        double before = lookups("replica");
        while (lookups("replica") == before && System.nanoTime() < deadline) {
            code(key);
            Thread.sleep(100);
        }
        assertThat(lookups("replica")).as("verifications read the replica").isGreaterThan(before);
    }

    private static String primary(String sql) throws SQLException {
        try (Connection connection = servers.primarySuperuser(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
