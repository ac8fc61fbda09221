package dev.keydesk.base.ui;

import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Replaces Vaadin's route list (shown in development mode) with a plain "not found" page. */
@AnonymousAllowed
public class NotFoundView extends ErrorView<NotFoundException> {

    public NotFoundView() {
        super(new Page("Page not found", "There is no page at this address.", HttpServletResponse.SC_NOT_FOUND));
    }
}
