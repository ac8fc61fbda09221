package dev.keydesk.base.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.keydesk.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * H2 (2.4) binds an {@code IN (…)} check constraint to the connection that created it. Once that connection
 * is closed, every insert into the table fails with "Check constraint invalid". The migration runs on a
 * pooled connection, so the pool must never retire its H2 connections: a demo that ran for half an hour
 * (Hikari's default maximum lifetime) would otherwise refuse every new account and key.
 */
@IntegrationTest
class H2ConnectionLifetimeTest {

    @Autowired
    DataSource dataSource;

    @Test
    void h2_refuses_inserts_once_the_connection_that_created_an_in_check_is_closed() throws SQLException {
        String url = "jdbc:h2:mem:lifetime-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (Connection migration = DriverManager.getConnection(url, "sa", "");
                Statement ddl = migration.createStatement()) {
            ddl.execute("create table account (status varchar(20) not null check (status in ('ACTIVE', 'SUSPENDED')))");
        }
        try (Connection later = DriverManager.getConnection(url, "sa", "");
                Statement insert = later.createStatement()) {
            assertThatExceptionOfType(SQLException.class)
                    .isThrownBy(() -> insert.execute("insert into account values ('ACTIVE')"))
                    .withMessageContaining("Check constraint invalid");
            insert.execute("shutdown");
        }
    }

    @Test
    void the_pool_keeps_its_h2_connections_for_as_long_as_the_application_runs() {
        assertThat(((HikariDataSource) dataSource).getMaxLifetime()).isZero();
    }
}
