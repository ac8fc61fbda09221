package dev.keydesk.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.keydesk.base.data.DatabaseOutage;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any failure while opening a page: a calm message instead of a stack trace. A refusal by a
 * service's permission check shows as "access denied", a database outage as "temporarily unavailable".
 */
@AnonymousAllowed
public class InternalErrorView extends Composite<Div> implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    static final String UNAVAILABLE_HEADING = "Service temporarily unavailable";
    static final String UNAVAILABLE_TEXT = "Keydesk cannot reach its database right now. Nothing you saved is lost; "
            + "please try again in a minute.";

    private int status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;

    @Override
    protected Div initContent() {
        return switch (status) {
            case HttpServletResponse.SC_FORBIDDEN -> ErrorPage.of("Access denied", "You do not have access to this page.");
            case HttpServletResponse.SC_SERVICE_UNAVAILABLE -> ErrorPage.of(UNAVAILABLE_HEADING, UNAVAILABLE_TEXT);
            default -> ErrorPage.of("Something went wrong", "We could not open this page. Please try again in a moment.");
        };
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        if (UiErrors.isRefusal(parameter.getCaughtException())) {
            status = HttpServletResponse.SC_FORBIDDEN;
            return status;
        }
        if (DatabaseOutage.isCause(parameter.getCaughtException())) {
            log.warn("Could not open {}: the database is unavailable", event.getLocation().getPath());
            status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            return status;
        }
        log.error("Could not open {}", event.getLocation().getPath(), parameter.getCaughtException());
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
