package dev.keydesk.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keydesk.testsupport.PostgresDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest
@ActiveProfiles("test")
class PostgresMigrationTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        String url = PostgresDatabases.newDatabase();
        PostgresDatabases.properties(url).forEach((key, value) -> registry.add(key, () -> value));
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void migrations_run_on_postgresql_and_demo_users_are_created() {
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL 17");
        assertThat(jdbc.sql("select count(*) from app_user").query(Integer.class).single()).isEqualTo(3);
    }
}
