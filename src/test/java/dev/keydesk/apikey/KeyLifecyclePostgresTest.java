package dev.keydesk.apikey;

import dev.keydesk.testsupport.PostgresDatabases;
import dev.keydesk.testsupport.TestClock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The key lifecycle on PostgreSQL 17: row locks, the conditional roll and the unique secret hash. */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestClock.Config.class)
class KeyLifecyclePostgresTest extends KeyLifecycleTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabases.properties(PostgresDatabases.newDatabase()).forEach((key, value) -> registry.add(key, () -> value));
    }
}
