package dev.keydesk.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Replaces Vaadin's route list (shown in development mode) with a plain "not found" page. */
@AnonymousAllowed
public class NotFoundView extends Composite<Div> implements HasErrorParameter<NotFoundException> {

    @Override
    protected Div initContent() {
        return ErrorPage.of("Page not found", "There is no page at this address.");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
