package dev.keydesk.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import com.microsoft.playwright.Page;
import dev.keydesk.cluster.ApiLoad.Sample;
import tools.jackson.databind.json.JsonMapper;

/**
 * The failure drills of the production topology: a cluster from {@code scripts/cluster.sh} (PostgreSQL, two
 * prod nodes, HAProxy), a customer who signs up through the load balancer, API clients and a browser. Each
 * drill returns its figures ({@link DrillFigures}); {@link #main} prints them for
 * {@code scripts/cluster.sh drill}, ClusterDrillIT checks them in {@code ./mvnw verify}.
 */
public final class ClusterDrill implements AutoCloseable {

    /**
     * Audit rows of key events: the person signs in again after the kill, which adds a "Signed in" row, so
     * rows of sign-ins are left out of the before/after comparison.
     */
    private static final String KEY_EVENTS = "key_id is not null";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Cluster cluster;
    private final Dashboard dashboard;
    private final String username;
    private final String password;
    private final String loadKey;

    private ClusterDrill(Cluster cluster, Dashboard dashboard) {
        this.cluster = cluster;
        this.dashboard = dashboard;
        String id = UUID.randomUUID().toString().substring(0, 8);
        this.username = "drill-" + id;
        // Random, so the password policy's list of common passwords cannot refuse it.
        this.password = "Drill-" + UUID.randomUUID();
        Page page = dashboard.open(cluster.loadBalancer());
        try {
            Dashboard.register(page, "Drill " + id, username + "@example.com", username, password);
            Dashboard.logIn(page, username, password);
            this.loadKey = Dashboard.generateKey(page, "Load");
        } finally {
            page.context().close();
        }
    }

    /** Starts the cluster (scripts/cluster.sh up) in {@code dir} and signs a customer up. */
    public static ClusterDrill start(Path root, Path dir) {
        Cluster cluster = Cluster.up(root, dir);
        Dashboard dashboard = null;
        try {
            dashboard = new Dashboard();
            return new ClusterDrill(cluster, dashboard);
        } catch (RuntimeException e) {
            if (dashboard != null) {
                dashboard.close();
            }
            cluster.close();
            throw e;
        }
    }

    /** A key created through node 1 verifies through node 2; deleted through node 2, node 1 refuses it next. */
    public DrillFigures.CrossNode crossNode() {
        Page onNode1 = dashboard.open(cluster.node(1));
        Page onNode2 = dashboard.open(cluster.node(2));
        try {
            Dashboard.logIn(onNode1, username, password);
            String name = "Created on node 1";
            String secret = Dashboard.generateKey(onNode1, name);
            String verifiedOnNode2 = verifyCode(cluster.node(2), secret);
            int meOnNode2 = me(cluster.node(2), secret).statusCode();

            Dashboard.logIn(onNode2, username, password);
            Dashboard.deleteKey(onNode2, name);
            HttpResponse<String> next = me(cluster.node(1), secret);
            return new DrillFigures.CrossNode(verifiedOnNode2, meOnNode2, next.statusCode(), field(next.body(), "error"),
                    verifyCode(cluster.node(1), secret));
        } finally {
            onNode1.context().close();
            onNode2.context().close();
        }
    }

    /**
     * kill -9 of the node a dashboard user is on, under API load through the load balancer; then the node is
     * started again and rejoins.
     */
    public DrillFigures.Failover killNodeUnderLoad() {
        Page page = dashboard.open(cluster.loadBalancer());
        try {
            Dashboard.logIn(page, username, password);
            String victim = Dashboard.stickyNode(page);
            int node = Integer.parseInt(victim.substring(victim.indexOf('-') + 1));
            String saved = "Saved before failover";
            Dashboard.generateKey(page, saved);
            long keysBefore = cluster.count("api_key");
            long auditBefore = cluster.count("audit_event", KEY_EVENTS);

            List<Sample> samples;
            long killed;
            long out;
            boolean askedToSignIn;
            String nodeAfter;
            boolean savedListed;
            Duration restart;
            Duration rejoin;
            long servedAfterRejoin;
            try (ApiLoad load = ApiLoad.start(cluster.loadBalancer(), loadKey)) {
                sleep(Duration.ofSeconds(3));
                killed = System.nanoTime();
                cluster.killNode(node);
                out = waitForBalancer(node, "DOWN");
                // The person's next page load, on a dashboard whose node is gone.
                askedToSignIn = Dashboard.nextPageLoadAsksToSignIn(page);
                nodeAfter = Dashboard.stickyNode(page);
                Dashboard.logIn(page, username, password);
                savedListed = Dashboard.listed(page, saved);
                sleepUntil(killed + Duration.ofSeconds(6).toNanos());

                long starting = System.nanoTime();
                cluster.startNode(node);
                long ready = System.nanoTime();
                restart = Duration.ofNanos(ready - starting);
                rejoin = Duration.ofNanos(waitForBalancer(node, "UP") - ready);
                long servedBefore = cluster.balancerRequests(node);
                sleep(Duration.ofSeconds(3));
                servedAfterRejoin = cluster.balancerRequests(node) - servedBefore;
                samples = load.stop();
            }
            int failedInFlight = (int) samples.stream().filter(s -> !s.ok() && s.startNanos() < killed).count();
            int failedAfter = (int) samples.stream().filter(s -> !s.ok() && s.startNanos() >= killed).count();
            long lastFailureEnd = samples.stream().filter(s -> !s.ok()).mapToLong(Sample::endNanos).max().orElse(killed);
            return new DrillFigures.Failover(node, samples.size(), failedInFlight, failedAfter,
                    Duration.ofNanos(Math.max(0, lastFailureEnd - killed)), Duration.ofNanos(out - killed), restart,
                    rejoin, servedAfterRejoin, keysBefore, cluster.count("api_key"), auditBefore,
                    cluster.count("audit_event", KEY_EVENTS), askedToSignIn, nodeAfter, savedListed, failures(samples));
        } finally {
            page.context().close();
        }
    }

    /** PostgreSQL stopped for 5 seconds and started again, under API load through the load balancer. */
    public DrillFigures.DatabaseRestart restartDatabaseUnderLoad() {
        long pid1 = cluster.nodePid(1);
        long pid2 = cluster.nodePid(2);
        List<Sample> samples;
        long stopping;
        long started;
        try (ApiLoad load = ApiLoad.start(cluster.loadBalancer(), loadKey)) {
            sleep(Duration.ofSeconds(2));
            stopping = System.nanoTime();
            cluster.stopDatabase();
            sleep(Duration.ofSeconds(5));
            cluster.startDatabase();
            started = System.nanoTime();
            sleep(Duration.ofSeconds(8));
            samples = load.stop();
        }
        List<Sample> refused = samples.stream().filter(s -> !s.ok()).toList();
        long lastFailureEnd = refused.stream().mapToLong(Sample::endNanos).max().orElse(started);
        boolean sameNodes = cluster.nodePid(1) == pid1 && cluster.nodePid(2) == pid2
                && cluster.nodeAlive(1) && cluster.nodeAlive(2);
        return new DrillFigures.DatabaseRestart(samples.size(),
                (int) refused.stream().filter(Sample::unavailableJson).count(),
                (int) refused.stream().filter(s -> !s.unavailableJson()).count(),
                refused.stream().map(Sample::latency).max(Duration::compareTo).orElse(Duration.ZERO),
                Duration.ofNanos(started - stopping), Duration.ofNanos(Math.max(0, lastFailureEnd - started)),
                (int) refused.stream().filter(s -> s.startNanos() >= started).count(), sameNodes, failures(samples));
    }

    /** Both nodes restarted one after the other (SIGTERM: readiness DOWN, drain, finish), under API load. */
    public DrillFigures.RollingRestart rollingRestartUnderLoad() {
        List<Sample> samples;
        Duration[] stops = new Duration[2];
        Duration[] starts = new Duration[2];
        long began = System.nanoTime();
        try (ApiLoad load = ApiLoad.start(cluster.loadBalancer(), loadKey)) {
            sleep(Duration.ofSeconds(2));
            for (int node = 1; node <= 2; node++) {
                long stopping = System.nanoTime();
                cluster.stopNode(node);
                long starting = System.nanoTime();
                stops[node - 1] = Duration.ofNanos(starting - stopping);
                cluster.startNode(node);
                waitForBalancer(node, "UP");
                starts[node - 1] = Duration.ofNanos(System.nanoTime() - starting);
            }
            sleep(Duration.ofSeconds(2));
            samples = load.stop();
        }
        return new DrillFigures.RollingRestart(samples.size(), (int) samples.stream().filter(s -> !s.ok()).count(),
                Duration.ofNanos(System.nanoTime() - began), List.of(stops), List.of(starts), failures(samples));
    }

    /** Waits until the load balancer's checks see the node in that state; returns when, as nanoTime. */
    private long waitForBalancer(int node, String status) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!status.equals(cluster.balancerStatus(node))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The load balancer did not see node " + node + " " + status);
            }
            sleep(Duration.ofMillis(50));
        }
        return System.nanoTime();
    }

    /** The first few failed requests, to say what went wrong. */
    private static List<String> failures(List<Sample> samples) {
        long first = samples.isEmpty() ? 0 : samples.getFirst().startNanos();
        return samples.stream().filter(s -> !s.ok()).limit(5)
                .map(s -> String.format("at %.1f s: %s %s", (s.startNanos() - first) / 1e9, s.status(), s.body()))
                .toList();
    }

    private String verifyCode(URI node, String key) {
        HttpRequest request = HttpRequest.newBuilder(node.resolve("/api/v1/keys/verify"))
                .header("Authorization", "Bearer " + cluster.serviceToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("key", key))))
                .timeout(Duration.ofSeconds(15)).build();
        return field(send(request).body(), "code");
    }

    private static HttpResponse<String> me(URI node, String key) {
        return send(HttpRequest.newBuilder(node.resolve("/api/v1/me")).header("Authorization", "Bearer " + key)
                .timeout(Duration.ofSeconds(15)).build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String field(String json, String name) {
        return JSON.readTree(json).path(name).asString("(none: " + json + ")");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleepUntil(long nanoTime) {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            sleep(Duration.ofNanos(left));
        }
    }

    @Override
    public void close() {
        try {
            dashboard.close();
        } finally {
            cluster.close();
        }
    }

    /** {@code scripts/cluster.sh drill}: every drill, each figure printed; exit 1 when a goal was missed. */
    public static void main(String[] args) {
        Path root = Path.of("").toAbsolutePath();
        Path dir = Path.of(System.getProperty("keydesk.cluster.dir", root.resolve("target/cluster").toString()));
        boolean allMet = true;
        try (ClusterDrill drill = start(root, dir)) {
            List<Supplier<DrillFigures>> drills = List.of(drill::crossNode, drill::killNodeUnderLoad,
                    drill::restartDatabaseUnderLoad, drill::rollingRestartUnderLoad);
            for (Supplier<DrillFigures> run : drills) {
                DrillFigures figures = run.get();
                System.out.println(figures.report());
                figures.missedGoals().forEach(goal -> System.out.println("  GOAL MISSED: " + goal));
                allMet &= figures.missedGoals().isEmpty();
            }
        }
        System.out.println(allMet ? "Every drill met its goals." : "Some drill missed a goal (see above).");
        System.exit(allMet ? 0 : 1);
    }
}
