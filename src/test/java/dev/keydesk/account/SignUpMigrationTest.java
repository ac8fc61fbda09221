package dev.keydesk.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.UUID;

import javax.sql.DataSource;

import dev.keydesk.testsupport.PostgresDatabases;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V5 on a database that already holds what sign-up used to accept: organizations whose names differ only
 * in case, spacing or Unicode form, and key names stored before NFC. The migration must not fail on them,
 * and names must be unique from then on, on H2 and PostgreSQL alike.
 */
class SignUpMigrationTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private static DataSource database(String vendor) {
        if (vendor.equals("h2")) {
            // The application's own H2 settings (application-test.properties), on a database of its own.
            return new SingleConnectionDataSource("jdbc:h2:mem:migration-" + UUID.randomUUID()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "",
                    true);
        }
        return new DriverManagerDataSource(PostgresDatabases.newDatabase(), "postgres", "postgres");
    }

    private static Flyway flyway(DataSource dataSource, String vendor, String target) {
        return Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .target(target).load();
    }

    /** V3 here; V4 once sign-in protection has landed: whatever comes right before this migration. */
    private static String lastVersionBeforeV5(DataSource dataSource, String vendor) {
        MigrationVersion v5 = MigrationVersion.fromVersion("5");
        return Arrays.stream(flyway(dataSource, vendor, "latest").info().all()).map(MigrationInfo::getVersion)
                .filter(version -> version.compareTo(v5) < 0).max(Comparator.naturalOrder()).orElseThrow()
                .getVersion();
    }

    private static UUID account(JdbcClient jdbc, String name, int minute) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into account (id, name, status, key_limit, created_at) values (?, ?, 'ACTIVE', 10, ?)")
                .params(id, name, T0.plusMinutes(minute)).update();
        return id;
    }

    private static UUID key(JdbcClient jdbc, UUID accountId, String name, String nameKey) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into api_key (id, account_id, name, name_key, hint, secret_hash, status, created_at)
                values (?, ?, ?, ?, 'kd_…abcd', ?, 'ACTIVE', ?)""")
                .params(id, accountId, name, nameKey, UUID.randomUUID().toString().replace("-", "").repeat(2), T0)
                .update();
        return id;
    }

    private static String nameKey(JdbcClient jdbc, String table, UUID id) {
        return jdbc.sql("select name_key from " + table + " where id = ?").param(id).query(String.class).optional()
                .orElse(null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void old_duplicate_organization_names_keep_working_and_new_ones_are_refused(String vendor) {
        DataSource dataSource = database(vendor);
        flyway(dataSource, vendor, lastVersionBeforeV5(dataSource, vendor)).migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        UUID first = account(jdbc, "Caf\u00E9 Zo\u00EB", 1);
        UUID sameInOtherCase = account(jdbc, "CAF\u00C9 ZO\u00CB", 2);
        UUID sameInNfdAndSpaces = account(jdbc, "Cafe\u0301  Zoe\u0308", 3);
        UUID other = account(jdbc, "Initech", 4);
        UUID nfdKey = key(jdbc, other, "Re\u0301sume\u0301 service", "re\u0301sume\u0301 service");
        UUID nfdTwin = key(jdbc, other, "R\u00E9sum\u00E9 service", "r\u00E9sum\u00E9 service");
        UUID nfdAlone = key(jdbc, first, "Re\u0301sume\u0301 service", "re\u0301sume\u0301 service");

        flyway(dataSource, vendor, "latest").migrate();

        assertThat(nameKey(jdbc, "account", first)).isEqualTo("caf\u00E9 zo\u00EB");
        assertThat(nameKey(jdbc, "account", sameInOtherCase)).isNull();
        assertThat(nameKey(jdbc, "account", sameInNfdAndSpaces)).isNull();
        assertThat(nameKey(jdbc, "account", other)).isEqualTo("initech");
        assertThat(nameKey(jdbc, "api_key", nfdAlone)).isEqualTo("r\u00E9sum\u00E9 service");
        assertThat(nameKey(jdbc, "api_key", nfdTwin)).isEqualTo("r\u00E9sum\u00E9 service");
        assertThat(nameKey(jdbc, "api_key", nfdKey)).as("its NFC key is taken: it keeps its old one")
                .isEqualTo("re\u0301sume\u0301 service");
        assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> jdbc.sql(
                "insert into account (id, name, name_key, status, key_limit, created_at) values (?, ?, ?, 'ACTIVE', 10, ?)")
                .params(UUID.randomUUID(), "Initech", "initech", T0).update());
    }
}
