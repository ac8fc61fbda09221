package dev.keydesk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dev.keydesk.base.data.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Errors raised while handling a click or an edit: the person sees a short notification, never a
 * stack trace; unexpected ones are logged.
 */
@Component
class UiErrors implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(UiErrors::handle));
    }

    static boolean isRefusal(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccessDeniedException || cause instanceof AuthenticationException) {
                return true;
            }
        }
        return false;
    }

    private static void handle(ErrorEvent event) {
        Throwable error = event.getThrowable();
        String message;
        if (isRefusal(error)) {
            message = "You are not allowed to do that.";
        } else if (DatabaseOutage.isCause(error)) {
            log.warn("A UI action failed: the database is unavailable");
            message = InternalErrorView.UNAVAILABLE_HEADING + ". Please try again in a minute.";
        } else {
            log.error("Unexpected error in the UI", error);
            message = "Something went wrong. Please try again.";
        }
        if (UI.getCurrent() != null) {
            Notifications.error(message);
        }
    }
}
