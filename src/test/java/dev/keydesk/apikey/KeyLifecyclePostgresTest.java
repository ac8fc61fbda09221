package dev.keydesk.apikey;

import dev.keydesk.testsupport.PostgresIntegrationTest;
import dev.keydesk.testsupport.TestClock;
import org.springframework.context.annotation.Import;

/** The key lifecycle on PostgreSQL 17: row locks, the conditional roll and the unique secret hash. */
@PostgresIntegrationTest
@Import(TestClock.Config.class)
class KeyLifecyclePostgresTest extends KeyLifecycleTests {
}
