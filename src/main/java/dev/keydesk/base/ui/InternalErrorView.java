package dev.keydesk.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
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
public class InternalErrorView extends ErrorView<Exception> {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);
    private static final Page FAILED = new Page("shell.error.failed", HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
    private static final Page UNAVAILABLE = new Page("shell.error.unavailable",
            HttpServletResponse.SC_SERVICE_UNAVAILABLE);

    public InternalErrorView() {
        super(FAILED);
    }

    @Override
    Page choose(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        if (UiErrors.isRefusal(parameter.getCaughtException())) {
            return ACCESS_DENIED;
        }
        if (DatabaseOutage.isCause(parameter.getCaughtException())) {
            log.warn("Could not open {}: the database is unavailable", event.getLocation().getPath());
            return UNAVAILABLE;
        }
        log.error("Could not open {}", event.getLocation().getPath(), parameter.getCaughtException());
        return FAILED;
    }
}
