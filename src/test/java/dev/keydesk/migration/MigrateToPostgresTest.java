package dev.keydesk.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.keydesk.Application;
import dev.keydesk.apikey.ApiKeyService;
import dev.keydesk.apikey.NewApiKey;
import dev.keydesk.testsupport.ApiClient;
import dev.keydesk.testsupport.PostgresDatabases;
import dev.keydesk.testsupport.SignedIn;
import dev.keydesk.testsupport.TestAccounts;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import dev.keydesk.testsupport.TestKeys;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** An installation on the embedded H2 moves to PostgreSQL and its keys keep working there. */
class MigrateToPostgresTest {

    private static final String H2_FLAGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    private static final String KEYS_AND_AUDIT = """
            select k.id, k.secret_hash, k.status, k.created_at, k.deleted_at,
                   (select count(*) from audit_event a where a.key_id = k.id) as events
            from api_key k order by k.id""";

    @TempDir
    Path h2Folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int migrate(String postgresUrl, String... args) {
        MigrateToPostgres command = new MigrateToPostgres(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return command.run(args, Map.of("KEYDESK_DB_URL", postgresUrl, "KEYDESK_DB_USER", "postgres",
                "KEYDESK_DB_PASSWORD", "postgres"));
    }

    private String from() {
        return "--from=" + h2Folder;
    }

    @Test
    void keys_created_on_h2_authenticate_on_postgresql_after_the_copy_with_every_audit_row() {
        NewApiKey kept;
        NewApiKey deleted;
        try (ConfigurableApplicationContext h2 = start("jdbc:h2:file:" + h2Folder.resolve("keydesk") + H2_FLAGS, true)) {
            TestKeys keys = new TestKeys(h2.getBean(ApiKeyService.class),
                    SignedIn.in(h2));
            TestCustomer customer = new TestAccounts(null, h2.getBean(JdbcClient.class)).demoCustomer("customer");
            kept = keys.generate(customer, "Made on H2");
            deleted = keys.generate(customer, "Deleted on H2");
            keys.delete(customer, deleted);
        }
        List<Map<String, Object>> onH2 = rows(JdbcClient.create(new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:file:" + h2Folder.resolve("keydesk") + H2_FLAGS, "sa", "")));
        String postgresUrl = PostgresDatabases.newDatabase();

        assertThat(migrate(postgresUrl, MigrateToPostgres.COMMAND, from())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("api_key", "audit_event", "Done.");

        try (ConfigurableApplicationContext postgres = start(postgresUrl, false)) {
            ApiClient api = new ApiClient(postgres.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
            HttpResponse<String> me = api.getWithKey("/api/v1/me", kept.secret());
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(me.body()).contains("Acme Corp", kept.key().id().toString());
            assertThat(api.getWithKey("/api/v1/me", deleted.secret()).statusCode()).isEqualTo(401);

            JdbcClient jdbc = postgres.getBean(JdbcClient.class);
            assertThat(rows(jdbc)).hasSize(2).isEqualTo(onH2);
            assertThat(jdbc.sql("select count(*) from audit_event").query(Long.class).single()).isEqualTo(
                    JdbcClient.create(new SimpleDriverDataSource(new org.h2.Driver(),
                            "jdbc:h2:file:" + h2Folder.resolve("keydesk") + H2_FLAGS, "sa", ""))
                            .sql("select count(*) from audit_event").query(Long.class).single());
        }
    }

    @Test
    void a_target_with_rows_is_refused_and_left_as_it_was() {
        flywayOnH2(null);
        String postgresUrl = PostgresDatabases.newDatabase();
        JdbcClient target = JdbcClient.create(new SimpleDriverDataSource(new org.postgresql.Driver(), postgresUrl,
                "postgres", "postgres"));
        Flyway.configure().dataSource(postgresUrl, "postgres", "postgres")
                .locations(MigrateToPostgres.locations("postgresql")).load().migrate();
        target.sql("insert into account (id, name, status, key_limit, created_at) "
                + "values (gen_random_uuid(), 'Already here', 'ACTIVE', 10, now())").update();

        assertThat(migrate(postgresUrl, MigrateToPostgres.COMMAND, from())).isEqualTo(MigrateToPostgres.REFUSED);
        assertThat(err.toString()).contains("is not empty", "account");
        assertThat(target.sql("select count(*) from account").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void an_h2_database_at_an_older_schema_version_is_refused_with_what_to_do() {
        flywayOnH2("1");
        String postgresUrl = PostgresDatabases.newDatabase();

        assertThat(migrate(postgresUrl, MigrateToPostgres.COMMAND, from())).isEqualTo(MigrateToPostgres.REFUSED);
        assertThat(err.toString()).contains("The H2 database lacks this Keydesk's migrations [V2",
                "Start this Keydesk version once on it");
        assertThat(JdbcClient.create(new SimpleDriverDataSource(new org.postgresql.Driver(), postgresUrl, "postgres",
                "postgres")).sql("select count(*) from information_schema.tables where table_schema = 'public'")
                .query(Long.class).single()).as("PostgreSQL is left untouched").isZero();
    }

    @Test
    void a_folder_without_an_h2_database_is_refused() throws Exception {
        Files.createDirectories(h2Folder.resolve("empty"));

        assertThat(migrate("jdbc:postgresql://127.0.0.1:1/none", MigrateToPostgres.COMMAND,
                "--from=" + h2Folder.resolve("empty"))).isEqualTo(MigrateToPostgres.REFUSED);
        assertThat(err.toString()).contains("no Keydesk H2 database");
    }

    @Test
    void without_a_source_folder_the_usage_is_shown() {
        assertThat(migrate("jdbc:postgresql://127.0.0.1:1/none", MigrateToPostgres.COMMAND))
                .isEqualTo(MigrateToPostgres.USAGE);
        assertThat(err.toString()).contains("--from=", "KEYDESK_DB_URL");
    }

    private void flywayOnH2(String version) {
        var configuration = Flyway.configure().dataSource("jdbc:h2:file:" + h2Folder.resolve("keydesk") + H2_FLAGS,
                "sa", "").locations("classpath:db/migration/common");
        if (version != null) {
            configuration.target(version);
        }
        configuration.load().migrate();
    }

    private static List<Map<String, Object>> rows(JdbcClient jdbc) {
        return jdbc.sql(KEYS_AND_AUDIT).query((rs, row) -> Map.<String, Object>of(
                "id", rs.getString("id"), "secret_hash", rs.getString("secret_hash"),
                "status", rs.getString("status"),
                "created_at", rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant(),
                "deleted_at", String.valueOf(rs.getObject("deleted_at", java.time.OffsetDateTime.class) == null ? null
                        : rs.getObject("deleted_at", java.time.OffsetDateTime.class).toInstant()),
                "events", rs.getLong("events"))).list();
    }

    private static ConfigurableApplicationContext start(String url, boolean demoData) {
        boolean postgres = url.startsWith("jdbc:postgresql");
        return new SpringApplicationBuilder(Application.class).profiles("test").run("--server.port=0",
                "--keydesk.demo-data=" + demoData, "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + (postgres ? "postgres" : "sa"),
                "--spring.datasource.password=" + (postgres ? "postgres" : ""));
    }
}
