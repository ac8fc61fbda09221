package dev.keydesk.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL 17 server per test JVM (started on first use, stopped at exit), and a
 * fresh, empty database for each caller. Pass {@link #properties(String)} to a Spring context to
 * run the application on it.
 */
public final class PostgresDatabases {

    private static EmbeddedPostgres server;

    private PostgresDatabases() {
    }

    /** Creates an empty database and returns its JDBC URL. */
    public static synchronized String newDatabase() {
        EmbeddedPostgres postgres = server();
        String name = "keydesk_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a test database", e);
        }
        return postgres.getJdbcUrl("postgres", name);
    }

    /** Spring properties that point the application at the given database. */
    public static Map<String, Object> properties(String jdbcUrl) {
        return Map.of(
                "spring.datasource.url", jdbcUrl,
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "postgres");
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // The JVM is exiting; the server's folder is temporary.
                }
            }));
        }
        return server;
    }
}
