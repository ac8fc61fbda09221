package dev.keydesk.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import dev.keydesk.testsupport.PostgresDatabases;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V6 on a database that already holds keys (H2 and PostgreSQL): every existing key keeps working with
 * "All" permissions, no address list and no expiration, its secret becoming its current one.
 */
class KeyLifecycleMigrationTest {

    private static final KeyFormat FORMAT = new KeyFormat(new SecureRandom());

    @Test
    void existing_keys_keep_working_after_the_migration_on_h2() {
        // One connection throughout: an in-memory H2 database lives as long as its connections.
        try (SingleConnectionDataSource h2 = new SingleConnectionDataSource("jdbc:h2:mem:v6-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "", true)) {
            migrateWithExistingKeys(h2, "classpath:db/migration/common");
        }
    }

    @Test
    void existing_keys_keep_working_after_the_migration_on_postgresql() {
        Map<String, Object> properties = PostgresDatabases.properties(PostgresDatabases.newDatabase());
        migrateWithExistingKeys(new DriverManagerDataSource((String) properties.get("spring.datasource.url"),
                (String) properties.get("spring.datasource.username"),
                (String) properties.get("spring.datasource.password")), "classpath:db/migration/common",
                "classpath:db/migration/postgresql");
    }

    private static void migrateWithExistingKeys(DataSource dataSource, String... locations) {
        // Up to the last migration before V6, whichever of V4 and V5 exist ("?": no failure when absent).
        flyway(dataSource, locations).target("5?").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        UUID accountId = UUID.randomUUID();
        OffsetDateTime created = OffsetDateTime.of(2026, 11, 1, 12, 0, 0, 0, ZoneOffset.UTC);
        jdbc.sql("insert into account (id, name, status, key_limit, created_at) values (?, 'Before V6', 'ACTIVE', 10, ?)")
                .params(accountId, created).update();
        String active = FORMAT.generate();
        String deleted = FORMAT.generate();
        UUID activeId = insertKey(jdbc, accountId, "Active", active, "ACTIVE", created);
        UUID deletedId = insertKey(jdbc, accountId, null, deleted, "DELETED", created);

        flyway(dataSource, locations).load().migrate();

        assertThat(jdbc.sql("select * from api_key where id = ?").param(activeId).query().singleRow())
                .containsEntry("permission_preset", "ALL").containsEntry("text_generation_access", "WRITE")
                .containsEntry("agents_access", "WRITE").containsEntry("allowed_ips", null)
                .containsEntry("expires_at", null).containsEntry("secret_version", 1).doesNotContainKey("secret_hash");
        assertThat(jdbc.sql("select key_id, hint, expires_at from key_secret where secret_hash = ?")
                .param(KeyHasher.sha256Hex(active)).query().singleRow())
                .containsEntry("key_id", activeId).containsEntry("hint", KeyFormat.hint(active))
                .containsEntry("expires_at", null);
        assertThat(jdbc.sql("select key_id from key_secret where secret_hash = ?").param(KeyHasher.sha256Hex(deleted))
                .query(UUID.class).single()).isEqualTo(deletedId);
    }

    private static UUID insertKey(JdbcClient jdbc, UUID accountId, @Nullable String name, String secret, String status,
            OffsetDateTime created) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into api_key (id, account_id, name, name_key, hint, secret_hash, status, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, accountId, name == null ? "Gone" : name, name == null ? null : name.toLowerCase(),
                        KeyFormat.hint(secret), KeyHasher.sha256Hex(secret), status, created)
                .update();
        return id;
    }

    private static FluentConfiguration flyway(DataSource dataSource, String... locations) {
        return Flyway.configure().dataSource(dataSource).locations(locations);
    }
}
