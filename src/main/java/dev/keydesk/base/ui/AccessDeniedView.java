package dev.keydesk.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Shown when a signed-in person opens a page their role does not allow. */
@AnonymousAllowed
public class AccessDeniedView extends Composite<Div> implements HasErrorParameter<AccessDeniedException> {

    @Override
    protected Div initContent() {
        return ErrorPage.of("Access denied", "You do not have access to this page.");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
