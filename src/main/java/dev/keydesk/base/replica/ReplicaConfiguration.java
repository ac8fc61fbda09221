package dev.keydesk.base.replica;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The replica's pool and its lease renewal, only when {@code keydesk.replica.url} is set. The pool is not a
 * {@code DataSource} bean, so the primary stays the application's one DataSource (transactions, Flyway).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${keydesk.replica.url:}'.trim() != ''")
class ReplicaConfiguration {

    @Bean(destroyMethod = "close")
    Replica replica(ReplicaProperties properties, Environment environment) {
        return Replica.connect(properties, orPrimary(properties.username(), environment, "spring.datasource.username"),
                orPrimary(properties.password(), environment, "spring.datasource.password"));
    }

    @Bean
    LeaseRenewal leaseRenewal(Replica replica, JdbcClient primary, ReplicaProperties properties) {
        return new LeaseRenewal(replica, primary, properties);
    }

    private static String orPrimary(@org.jspecify.annotations.Nullable String value, Environment environment,
            String primaryProperty) {
        return value == null || value.isBlank() ? environment.getProperty(primaryProperty, "") : value;
    }
}
