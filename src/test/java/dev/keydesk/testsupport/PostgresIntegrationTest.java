package dev.keydesk.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactories;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * An {@link IntegrationTest} on PostgreSQL 17 instead of H2: the application runs on a fresh, empty
 * database of the embedded server ({@link PostgresDatabases}), migrated by Flyway as in production.
 * Every test class that uses it shares that one context and database, so tests must not assume they
 * are alone in it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@IntegrationTest
@ContextCustomizerFactories(PostgresIntegrationTest.NewDatabase.class)
public @interface PostgresIntegrationTest {

    /** Points the context at a new database before it starts (equal instances: one cached context). */
    record NewDatabase() implements ContextCustomizerFactory, ContextCustomizer {

        @Override
        public ContextCustomizer createContextCustomizer(Class<?> testClass,
                List<ContextConfigurationAttributes> configAttributes) {
            return this;
        }

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("embedded-postgres",
                    PostgresDatabases.properties(PostgresDatabases.newDatabase())));
        }
    }
}
