package dev.keydesk.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keydesk.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PostgresIntegrationTest
class PostgresMigrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void migrations_run_on_postgresql_and_demo_users_are_created() {
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL 17");
        // Other PostgreSQL tests share this database and add users of their own.
        assertThat(jdbc.sql("select username from app_user where username in ('customer', 'customer2', 'support')")
                .query(String.class).list()).containsExactlyInAnyOrder("customer", "customer2", "support");
    }
}
