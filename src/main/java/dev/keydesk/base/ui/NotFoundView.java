package dev.keydesk.base.ui;

import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Replaces Vaadin's route list (shown in development mode) with a plain "not found" page. */
@AnonymousAllowed
public class NotFoundView extends ErrorView<NotFoundException> {

    public NotFoundView() {
        super(new Page("shell.error.not-found", HttpServletResponse.SC_NOT_FOUND));
    }
}
