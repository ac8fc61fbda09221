package dev.keydesk.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.jspecify.annotations.Nullable;

/**
 * {@code java -jar keydesk.jar --migrate-to-postgres --from=<H2 data folder>}: copies an embedded H2
 * database into an empty PostgreSQL named by KEYDESK_DB_URL, KEYDESK_DB_USER and KEYDESK_DB_PASSWORD.
 * It starts no web server and no Spring context: it opens the H2 files read-only, brings PostgreSQL to
 * this version's schema with Flyway, refuses unless both have exactly this version's migrations and
 * PostgreSQL has no rows, then copies every table in one transaction (all or nothing).
 */
public final class MigrateToPostgres {

    public static final String COMMAND = "--migrate-to-postgres";
    static final int DONE = 0;
    static final int REFUSED = 1;
    static final int USAGE = 2;

    private static final String USAGE_TEXT = """
            Usage: java -jar keydesk.jar --migrate-to-postgres --from=<folder of keydesk.mv.db>
              The target comes from KEYDESK_DB_URL, KEYDESK_DB_USER and KEYDESK_DB_PASSWORD.
              Stop Keydesk first: the H2 files must not be in use.""";

    private final PrintStream out;
    private final PrintStream err;

    MigrateToPostgres(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static boolean isRequested(String[] args) {
        return Arrays.asList(args).contains(COMMAND);
    }

    /** Runs the command with the process's environment; returns the exit status. */
    public static int run(String[] args) {
        return new MigrateToPostgres(System.out, System.err).run(args, System.getenv());
    }

    int run(String[] args, Map<String, String> environment) {
        Optional<Path> from = Arrays.stream(args).filter(arg -> arg.startsWith("--from="))
                .map(arg -> Path.of(arg.substring("--from=".length()))).findFirst();
        String url = environment.get("KEYDESK_DB_URL");
        if (from.isEmpty() || url == null || url.isBlank()) {
            err.println(from.isEmpty() ? "Missing --from=<H2 data folder>." : "KEYDESK_DB_URL is not set.");
            err.println(USAGE_TEXT);
            return USAGE;
        }
        try {
            migrate(from.get(), url, environment.get("KEYDESK_DB_USER"), environment.get("KEYDESK_DB_PASSWORD"));
            return DONE;
        } catch (MigrationRefusedException e) {
            err.println("Nothing was copied: " + e.getMessage());
            return REFUSED;
        }
    }

    private void migrate(Path folder, String url, @Nullable String user, @Nullable String password) {
        if (!Files.isRegularFile(folder.resolve("keydesk.mv.db"))) {
            throw new MigrationRefusedException("there is no Keydesk H2 database (keydesk.mv.db) in "
                    + folder.toAbsolutePath() + ".");
        }
        String target = withoutParameters(url);
        try (Connection source = openH2(folder); Connection postgres = openPostgres(url, user, password)) {
            DatabaseCopy copy = new DatabaseCopy(source, postgres);
            Set<String> filled = copy.targetTablesWithRows();
            if (!filled.isEmpty()) {
                throw new MigrationRefusedException(target + " is not empty (rows in " + filled
                        + "). Copy only into a new, empty database.");
            }
            String sourceVersion = checkedVersion("The H2 database", flyway(h2Url(folder), "sa", "", "h2"));
            Flyway postgresFlyway = flyway(url, user, password, "postgresql");
            migrateSchema(postgresFlyway);
            checkedVersion("PostgreSQL", postgresFlyway);
            out.println("Copying H2 " + folder.toAbsolutePath() + " (schema version " + sourceVersion + ") into "
                    + target + " ...");
            postgres.setAutoCommit(false);
            try {
                Map<String, Long> copied = copy.copyAll();
                postgres.commit();
                copied.forEach((table, rows) -> out.printf("  %-24s %d rows%n", table, rows));
                out.println("Done. Start Keydesk with SPRING_PROFILES_ACTIVE=prod and the same KEYDESK_DB_* variables.");
            } catch (SQLException | RuntimeException e) {
                postgres.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new MigrationRefusedException(describe(e), e);
        }
    }

    private static Connection openH2(Path folder) throws SQLException {
        return DriverManager.getConnection(h2Url(folder), "sa", "");
    }

    /** The application's H2 URL, read-only and never created: the source stays exactly as it was. */
    private static String h2Url(Path folder) {
        return "jdbc:h2:file:" + folder.toAbsolutePath().resolve("keydesk")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
    }

    private static Connection openPostgres(String url, @Nullable String user, @Nullable String password)
            throws SQLException {
        Properties properties = new Properties();
        if (user != null && !user.isBlank()) {
            properties.setProperty("user", user);
        }
        if (password != null && !password.isEmpty()) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(url, properties);
    }

    /** Flyway with the migrations the application runs on start (spring.flyway.locations) for that database. */
    private static Flyway flyway(String url, @Nullable String user, @Nullable String password, String vendor) {
        return Flyway.configure().dataSource(url, user, password).locations(locations(vendor)).load();
    }

    private static void migrateSchema(Flyway flyway) {
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            throw new MigrationRefusedException("PostgreSQL's schema could not be brought to this Keydesk's version: "
                    + e.getMessage(), e);
        }
    }

    /**
     * The database's schema version, once it is known to be exactly this Keydesk's: every migration
     * this version has for it applied, none failed, none from a newer version. (The versions differ
     * between the two databases when a migration is for one of them only.)
     */
    private static String checkedVersion(String database, Flyway flyway) {
        MigrationInfoService info;
        try {
            info = flyway.info();
        } catch (FlywayException e) {
            throw new MigrationRefusedException(database + "'s schema history cannot be read: " + e.getMessage(), e);
        }
        List<String> pending = Arrays.stream(info.pending()).map(MigrateToPostgres::describe).toList();
        if (!pending.isEmpty()) {
            throw new MigrationRefusedException(database + " lacks this Keydesk's migrations " + pending
                    + ". Start this Keydesk version once on it (it migrates on start), stop it, then run the copy again.");
        }
        List<String> unknown = Arrays.stream(info.applied())
                .filter(migration -> !migration.getState().isResolved() || migration.getState().isFailed())
                .map(MigrateToPostgres::describe).toList();
        if (!unknown.isEmpty()) {
            throw new MigrationRefusedException(database + " has migrations this Keydesk does not know or that failed "
                    + unknown + ". Use the Keydesk version that made them.");
        }
        MigrationInfo current = info.current();
        return current == null || current.getVersion() == null ? "none" : current.getVersion().getVersion();
    }

    private static String describe(MigrationInfo migration) {
        return "V" + migration.getVersion() + " " + migration.getDescription();
    }

    static String[] locations(String vendor) {
        Properties properties = new Properties();
        try (InputStream in = MigrateToPostgres.class.getResourceAsStream("/application.properties")) {
            if (in == null) {
                throw new IllegalStateException("application.properties is not on the class path");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("spring.flyway.locations").replace("{vendor}", vendor).split(",");
    }

    /** A connection URL without its parameters, which may hold a password. */
    private static String withoutParameters(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    private static String describe(SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("Database may be already in use") || message.contains("90020")) {
            return "the H2 database is in use. Stop Keydesk first.";
        }
        return "the database said: " + message;
    }
}
