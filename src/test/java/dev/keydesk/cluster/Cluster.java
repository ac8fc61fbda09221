package dev.keydesk.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The cluster of {@code scripts/cluster.sh}: every start, stop and kill goes through the script, so the drills
 * exercise what operators run. Addresses and secrets come from the script's {@code cluster.env}.
 */
final class Cluster implements AutoCloseable {

    private static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(10);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path root;
    private final Path dir;
    private final Map<String, String> env;
    /** Stops the cluster should this JVM be stopped (a build timeout, Ctrl-C) before {@link #close()}. */
    private final Thread stopOnExit;

    private Cluster(Path root, Path dir, Map<String, String> env, Thread stopOnExit) {
        this.root = root;
        this.dir = dir;
        this.env = env;
        this.stopOnExit = stopOnExit;
    }

    /** Starts PostgreSQL, two nodes and HAProxy; returns once both nodes are in the load balancer. */
    static Cluster up(Path root, Path dir) {
        // Whatever a crashed earlier run left in this folder is stopped first (by its PID files only).
        script(root, dir, "down");
        Thread stopOnExit = new Thread(() -> script(root, dir, "down"), "cluster-down");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        script(root, dir, "up");
        return new Cluster(root, dir, readEnv(dir.resolve("cluster.env")), stopOnExit);
    }

    URI loadBalancer() {
        return URI.create("http://127.0.0.1:" + env("LB_PORT"));
    }

    URI node(int n) {
        return URI.create("http://127.0.0.1:" + env("NODE" + n + "_PORT"));
    }

    String serviceToken() {
        return env("SERVICE_TOKEN");
    }

    void killNode(int n) {
        script(root, dir, "node-kill", String.valueOf(n));
    }

    /** SIGTERM, then waits until the node has drained and exited. */
    void stopNode(int n) {
        script(root, dir, "node-stop", String.valueOf(n));
    }

    /** Starts the node and waits until it reports ready. */
    void startNode(int n) {
        script(root, dir, "node-start", String.valueOf(n));
    }

    void stopDatabase() {
        script(root, dir, "db-stop");
    }

    void startDatabase() {
        script(root, dir, "db-start");
    }

    long nodePid(int n) {
        try {
            return Long.parseLong(Files.readString(dir.resolve("node-" + n + ".pid")).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean nodeAlive(int n) {
        return ProcessHandle.of(nodePid(n)).map(ProcessHandle::isAlive).orElse(false);
    }

    long count(String table) {
        return count(table, "true");
    }

    /** The rows of a table that match a fixed condition of the drill's own (never outside input). */
    long count(String table, String condition) {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + env("PG_PORT") + "/keydesk", "keydesk", env("DB_PASSWORD"));
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from " + table + " where " + condition)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count " + table, e);
        }
    }

    /** The load balancer's view of a node in the api backend: "UP", "DOWN", … (its stats page, CSV). */
    String balancerStatus(int n) {
        return statsRow(n).get(17);
    }

    /** How many requests the load balancer has sent to the node so far. */
    long balancerRequests(int n) {
        return Long.parseLong(statsRow(n).get(7));
    }

    private List<String> statsRow(int n) {
        URI stats = URI.create("http://127.0.0.1:" + env("LB_STATS_PORT") + "/stats;csv");
        try {
            String csv = HTTP.send(HttpRequest.newBuilder(stats).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return csv.lines().filter(line -> line.startsWith("api,keydesk-" + n + ","))
                    .map(line -> List.of(line.split(",", -1))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No api/keydesk-" + n + " in the stats"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String env(String name) {
        String value = env.get(name);
        if (value == null) {
            throw new IllegalStateException(name + " is missing in " + dir.resolve("cluster.env"));
        }
        return value;
    }

    @Override
    public void close() {
        script(root, dir, "down");
        Runtime.getRuntime().removeShutdownHook(stopOnExit);
    }

    private static void script(Path root, Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("scripts/cluster.sh").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).inheritIO();
        builder.environment().put("KEYDESK_CLUSTER_DIR", dir.toString());
        try {
            Process process = builder.start();
            if (!process.waitFor(SCRIPT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroy();
                throw new IllegalStateException("scripts/cluster.sh " + String.join(" ", args) + " took too long");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("scripts/cluster.sh " + String.join(" ", args) + " failed (exit "
                        + process.exitValue() + "); its message is above, the logs are in " + dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> readEnv(Path file) {
        Map<String, String> values = new HashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    values.put(line.substring(0, equals), unquote(line.substring(equals + 1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("'") && value.endsWith("'")
                ? value.substring(1, value.length() - 1) : value;
    }
}
