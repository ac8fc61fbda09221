package dev.keydesk.base.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseOutageCauseTest {

    @Test
    void a_pool_timeout_wrapped_in_a_servlet_exception_is_an_outage() {
        ServletException error = new ServletException(new CannotCreateTransactionException("no connection",
                new SQLTransientConnectionException("keydesk - Connection is not available, request timed out")));

        assertThat(DatabaseOutage.isCause(error)).isTrue();
    }

    @Test
    void a_connection_cut_by_a_database_shutdown_is_an_outage_whatever_spring_made_of_it() {
        assertThat(DatabaseOutage.isCause(new UncategorizedSQLException("select", "select 1",
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(DatabaseOutage.isCause(new UncategorizedSQLException("select", "select 1",
                new SQLException("This connection has been closed.", "08003")))).isTrue();
        assertThat(DatabaseOutage.isCause(new RuntimeException(new ConnectException("Connection refused")))).isTrue();
    }

    @Test
    void bugs_and_conflicts_are_not_outages() {
        assertThat(DatabaseOutage.isCause(new BadSqlGrammarException("find", "select nope",
                new SQLException("column nope does not exist", "42703")))).isFalse();
        assertThat(DatabaseOutage.isCause(new DuplicateKeyException("name taken"))).isFalse();
        assertThat(DatabaseOutage.isCause(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseOutage.isCause(null)).isFalse();
    }
}
