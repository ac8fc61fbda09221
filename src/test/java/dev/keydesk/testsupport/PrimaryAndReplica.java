package dev.keydesk.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL primary with one streaming replica on 127.0.0.1 (random free ports), from Debian's server
 * binaries ({@code PG_BIN}, default the newest /usr/lib/postgresql/N/bin; zonky's lack pg_basebackup): initdb,
 * {@code pg_basebackup -R}, the replica named {@value #REPLICA} (its cluster_name, so its application_name) and
 * listed as the one required synchronous standby. As root, the servers run as the {@code postgres} user.
 * The application's role {@value #ROLE} has what production's has (docs/operations.md): {@code synchronous_commit
 * = local} by default, {@code pg_monitor}, and the right to change {@code synchronous_standby_names}.
 * Every step is bounded in time; {@link #close()} stops both servers by their PIDs and deletes their files.
 */
public final class PrimaryAndReplica implements AutoCloseable {

    public static final String REPLICA = "replica1";
    public static final String ROLE = "keydesk";
    private static final String DATABASE = "keydesk";
    private static final Duration STEP = Duration.ofSeconds(60);

    private final Path bin;
    private final Path root;
    private final int primaryPort;
    private final int replicaPort;
    private final List<Path> running = new ArrayList<>();

    private PrimaryAndReplica(Path bin, Path root, int primaryPort, int replicaPort) {
        this.bin = bin;
        this.root = root;
        this.primaryPort = primaryPort;
        this.replicaPort = replicaPort;
    }

    /** Starts both servers and the keydesk database; about 5 s here. */
    public static PrimaryAndReplica start() {
        PrimaryAndReplica servers;
        try {
            Path root = Files.createTempDirectory("keydesk-replica-");
            servers = new PrimaryAndReplica(serverBinaries(), root, freePort(), freePort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            servers.initialize();
            return servers;
        } catch (RuntimeException | SQLException | IOException e) {
            servers.close();
            throw new IllegalStateException("Could not start PostgreSQL with a replica: " + e.getMessage(), e);
        }
    }

    private void initialize() throws IOException, SQLException {
        if (isRoot()) {
            run("chown", "-R", "postgres", root.toString());
        }
        Path primary = root.resolve("primary");
        Path replica = root.resolve("replica");
        asPostgres(bin.resolve("initdb").toString(), "-D", primary.toString(), "-U", "postgres", "--auth=trust",
                "-E", "UTF8", "--no-locale", "--no-sync");
        appendConfig(primary, Map.of("port", String.valueOf(primaryPort), "fsync", "off",
                "full_page_writes", "off"));
        startServer(primary);
        asPostgres(bin.resolve("pg_basebackup").toString(), "-h", "127.0.0.1", "-p", String.valueOf(primaryPort),
                "-U", "postgres", "-D", replica.toString(), "-R", "-X", "stream", "--checkpoint=fast", "--no-sync");
        appendConfig(replica, Map.of("port", String.valueOf(replicaPort), "cluster_name", "'" + REPLICA + "'"));
        startServer(replica);
        try (Connection connection = superuser(primaryPort, "postgres"); Statement sql = connection.createStatement()) {
            awaitStreaming(sql);
            sql.execute("alter system set synchronous_standby_names = 'FIRST 1 (" + REPLICA + ")'");
            sql.execute("select pg_reload_conf()");
            // The tests' own statements never wait for the replica (replay is paused in some of them).
            sql.execute("alter role postgres set synchronous_commit = local");
            sql.execute("create role " + ROLE + " login password '" + ROLE + "'");
            sql.execute("alter role " + ROLE + " set synchronous_commit = local");
            sql.execute("grant pg_monitor to " + ROLE);
            sql.execute("grant alter system on parameter synchronous_standby_names to " + ROLE);
            sql.execute("create database " + DATABASE + " owner " + ROLE);
        }
        try (Connection connection = primarySuperuser(); Statement sql = connection.createStatement()) {
            // Functions belong to a database: granted where the application connects.
            sql.execute("grant execute on function pg_reload_conf() to " + ROLE);
        }
        awaitReplicaHas(DATABASE);
    }

    /** The application's primary, as the {@value #ROLE} role. */
    public String primaryUrl() {
        return "jdbc:postgresql://127.0.0.1:" + primaryPort + "/" + DATABASE;
    }

    public String replicaUrl() {
        return "jdbc:postgresql://127.0.0.1:" + replicaPort + "/" + DATABASE;
    }

    /** Settings of a test node on the primary, as the application's role; add the replica's for a reading node. */
    public Map<String, String> nodeSettings(boolean readsReplica) {
        Map<String, String> settings = new java.util.HashMap<>(Map.of("spring.datasource.url", primaryUrl(),
                "spring.datasource.username", ROLE, "spring.datasource.password", ROLE));
        if (readsReplica) {
            settings.put("keydesk.replica.url", replicaUrl());
        }
        return settings;
    }

    /** A superuser connection to the primary's keydesk database. */
    public Connection primarySuperuser() throws SQLException {
        return superuser(primaryPort, DATABASE);
    }

    public Connection replicaSuperuser() throws SQLException {
        return superuser(replicaPort, DATABASE);
    }

    /** The replica keeps receiving WAL but applies none of it: it lags. */
    public void pauseReplay() {
        onReplica("select pg_wal_replay_pause()");
    }

    public void resumeReplay() {
        onReplica("select pg_wal_replay_resume()");
    }

    private void onReplica(String sql) {
        try (Connection connection = replicaSuperuser(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection superuser(int port, String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, "postgres", "");
    }

    private void awaitStreaming(Statement sql) throws SQLException {
        awaitTrue(sql, "select count(*) = 1 from pg_stat_replication where application_name = '" + REPLICA
                + "' and state = 'streaming'", "the replica to stream");
    }

    private void awaitReplicaHas(String database) throws SQLException {
        try (Connection connection = superuser(replicaPort, "postgres"); Statement sql = connection.createStatement()) {
            awaitTrue(sql, "select count(*) = 1 from pg_database where datname = '" + database + "'",
                    "the replica to replay the new database");
        }
    }

    private static void awaitTrue(Statement sql, String query, String what) throws SQLException {
        long deadline = System.nanoTime() + STEP.toNanos();
        while (System.nanoTime() < deadline) {
            try (ResultSet rs = sql.executeQuery(query)) {
                if (rs.next() && rs.getBoolean(1)) {
                    return;
                }
            }
            sleep(50);
        }
        throw new IllegalStateException("Timed out waiting for " + what);
    }

    private void startServer(Path data) throws IOException {
        asPostgres(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", data.resolve("server.log").toString(),
                "-w", "-t", String.valueOf(STEP.toSeconds()), "start");
        running.add(data);
    }

    private static void appendConfig(Path data, Map<String, String> settings) throws IOException {
        StringBuilder lines = new StringBuilder("\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = ''\n"
                + "max_connections = 60\n");
        settings.forEach((name, value) -> lines.append(name).append(" = ").append(value).append('\n'));
        Files.writeString(data.resolve("postgresql.conf"), lines, StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
    }

    @Override
    public void close() {
        // The replica first, so the primary's shutdown does not wait for it.
        for (int i = running.size() - 1; i >= 0; i--) {
            stopServer(running.get(i));
        }
        running.clear();
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder: what is left goes with the machine's temp files.
        }
    }

    /** pg_ctl's fast stop; if it does not end in time, the postmaster's PID (from its pid file) is killed. */
    private void stopServer(Path data) {
        Long pid = postmasterPid(data);
        try {
            asPostgres(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "-t", "20", "stop");
        } catch (RuntimeException | IOException e) {
            if (pid != null) {
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
    }

    private static Long postmasterPid(Path data) {
        try {
            return Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).getFirst().trim());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private void asPostgres(String... command) throws IOException {
        List<String> line = new ArrayList<>();
        if (isRoot()) {
            line.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        line.addAll(List.of(command));
        run(line.toArray(String[]::new));
    }

    private void run(String... command) throws IOException {
        Path log = root.resolve("commands.log");
        Process process = new ProcessBuilder(command).directory(Path.of("/").toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        try {
            if (!process.waitFor(STEP.toSeconds() + 5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out: " + String.join(" ", command));
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + tail(log));
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static Path serverBinaries() throws IOException {
        String configured = System.getenv("PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(version -> version.resolve("bin")).filter(dir -> Files.isExecutable(dir.resolve("initdb")))
                    .max(Comparator.comparingInt(dir -> Integer.parseInt(dir.getParent().getFileName().toString())))
                    .orElseThrow(() -> new IllegalStateException("No PostgreSQL server binaries under /usr/lib/postgresql"));
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
