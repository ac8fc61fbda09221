package dev.keydesk.base.jobs;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Jobs annotated {@code @Scheduled} and {@code @SchedulerLock(name = …)} run on one node at a time: the
 * lock is a row of the {@code shedlock} table (migration V4) that every node shares. The database's clock
 * decides when a lock expires, so nodes whose clocks drift apart still agree.
 */
@Configuration
@EnableSchedulerLock(defaultLockAtMostFor = "PT1H")
class JobsConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
