package dev.keydesk.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server of a test's own that can be stopped and started again on the same port and
 * data, to play a database outage. (The shared server of {@link PostgresDatabases} must keep running.)
 */
public final class RestartablePostgres implements AutoCloseable {

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres server;

    public RestartablePostgres() {
        try {
            this.dataDirectory = Files.createTempDirectory("keydesk-pg-");
            try (ServerSocket socket = new ServerSocket(0)) {
                this.port = socket.getLocalPort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start();
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            server = EmbeddedPostgres.builder().setPort(port).setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL on port " + port, e);
        }
    }

    /** Stops the server (fast shutdown: open connections are cut); its data stays for {@link #start()}. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            server = null;
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /** The variables the prod profile reads, as command-line arguments of the application. */
    public Map<String, String> prodVariables() {
        return Map.of("KEYDESK_DB_URL", jdbcUrl(), "KEYDESK_DB_USER", "postgres", "KEYDESK_DB_PASSWORD", "postgres",
                "KEYDESK_ENCRYPTION_KEY", "cmVzdGFydGFibGUtcG9zdGdyZXMtdGVzdC1rZXktMzI=");
    }

    @Override
    public void close() {
        stop();
        try (var files = Files.walk(dataDirectory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder; what is left is removed with the machine's temp files.
        }
    }
}
