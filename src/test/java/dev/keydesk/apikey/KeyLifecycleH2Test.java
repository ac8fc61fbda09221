package dev.keydesk.apikey;

import dev.keydesk.testsupport.TestClock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The key lifecycle on H2, the default database. */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestClock.Config.class)
class KeyLifecycleH2Test extends KeyLifecycleTests {
}
