package dev.keydesk.usage;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

@Configuration
class UsageConfiguration {

    /** PostgreSQL gets its array-and-upsert statements; any other database (H2) the batched standard ones. */
    @Bean
    UsageWriter usageWriter(DataSource dataSource, JdbcTemplate jdbc) throws MetaDataAccessException {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        return "PostgreSQL".equals(product) ? new PostgresUsageWriter(jdbc) : new H2UsageWriter(jdbc);
    }
}
