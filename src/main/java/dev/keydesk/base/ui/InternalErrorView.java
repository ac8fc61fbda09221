package dev.keydesk.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any failure while opening a page: a calm message instead of a stack trace. A refusal by a
 * service's permission check shows as "access denied".
 */
@AnonymousAllowed
public class InternalErrorView extends Composite<Div> implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    private boolean denied;

    @Override
    protected Div initContent() {
        return denied
                ? ErrorPage.of("Access denied", "You do not have access to this page.")
                : ErrorPage.of("Something went wrong", "We could not open this page. Please try again in a moment.");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        denied = UiErrors.isRefusal(parameter.getCaughtException());
        if (denied) {
            return HttpServletResponse.SC_FORBIDDEN;
        }
        log.error("Could not open {}", event.getLocation().getPath(), parameter.getCaughtException());
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
