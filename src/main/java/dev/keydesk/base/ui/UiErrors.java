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
        String messageKey;
        if (isRefusal(error)) {
            messageKey = "shell.notification.not-allowed";
        } else if (DatabaseOutage.isCause(error)) {
            log.warn("A UI action failed: the database is unavailable");
            messageKey = "shell.notification.unavailable";
        } else {
            log.error("Unexpected error in the UI", error);
            messageKey = "shell.notification.failed";
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notifications.error(ui.getTranslation(messageKey));
        }
    }
}
