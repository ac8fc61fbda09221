package dev.keydesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.SQLTransientConnectionException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.Location;
import dev.keydesk.base.i18n.Languages;
import dev.keydesk.testsupport.BrowserlessTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

class InternalErrorViewTest extends BrowserlessTestBase {

    private final BeforeEnterEvent event = mock(BeforeEnterEvent.class);

    private String open(Exception failure, int expectedStatus) {
        when(event.getLocation()).thenReturn(new Location("api-keys"));
        InternalErrorView view = new InternalErrorView();
        assertThat(view.setErrorParameter(event, new ErrorParameter<>(Exception.class, failure)))
                .isEqualTo(expectedStatus);
        return view.getElement().getTextRecursively();
    }

    @Test
    void a_page_that_cannot_reach_the_database_says_the_service_is_temporarily_unavailable() {
        String page = open(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("keydesk - Connection is not available")), 503);

        assertThat(page).contains("Service temporarily unavailable", "Nothing you saved is lost")
                .doesNotContain("JDBC", "Exception", "keydesk -");
    }

    @Test
    void any_other_failure_is_still_something_went_wrong() {
        String page = open(new BadSqlGrammarException("find keys", "select nope",
                new java.sql.SQLException("column nope does not exist", "42703")), 500);

        assertThat(page).contains("Something went wrong").doesNotContain("unavailable", "nope");
    }

    @Test
    void the_outage_page_reads_in_portuguese_under_pt_br() {
        UI.getCurrent().setLocale(Languages.BRAZILIAN_PORTUGUESE);

        String page = open(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection"), 503);

        assertThat(page).contains("Serviço temporariamente indisponível", "Nada do que você salvou foi perdido");
    }
}
