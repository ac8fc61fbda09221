package dev.keydesk.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The whole application in the test profile (an in-memory H2 database of its own per context, with the
 * demo users), with the test helpers {@link SignedIn}, {@link TestAccounts}, {@link TestKeys} and
 * {@link KeyTables} as beans. Every test that uses it shares one cached context per web environment.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@ActiveProfiles("test")
@Import({SignedIn.class, TestAccounts.class, TestKeys.class, KeyTables.class})
@TestExecutionListeners(listeners = {SecurityStrategyOfTheTest.class, RecentSignInOfTheTest.class},
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface IntegrationTest {

    /** {@code RANDOM_PORT} for tests that call the application over real HTTP. */
    @AliasFor(annotation = SpringBootTest.class)
    SpringBootTest.WebEnvironment webEnvironment() default SpringBootTest.WebEnvironment.MOCK;
}
