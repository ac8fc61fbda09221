package dev.keydesk.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Shown when a signed-in person opens a page their role does not allow. */
@AnonymousAllowed
public class AccessDeniedView extends ErrorView<AccessDeniedException> {

    public AccessDeniedView() {
        super(ACCESS_DENIED);
    }
}
