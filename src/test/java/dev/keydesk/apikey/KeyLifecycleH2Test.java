package dev.keydesk.apikey;

import dev.keydesk.testsupport.IntegrationTest;
import dev.keydesk.testsupport.TestClock;
import org.springframework.context.annotation.Import;

/** The key lifecycle on H2, the default database. */
@IntegrationTest
@Import(TestClock.Config.class)
class KeyLifecycleH2Test extends KeyLifecycleTests {
}
