package dev.keydesk.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.keydesk.security.Roles;
import jakarta.annotation.security.PermitAll;

/** The landing page after login: customers go to their keys, support staff to the customer accounts. */
@Route(value = "", autoLayout = false)
@PermitAll
class HomeView extends Div implements BeforeEnterObserver {

    private final AuthenticationContext authentication;

    HomeView(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(authentication.hasRole(Roles.SUPPORT) ? "support/accounts" : "api-keys");
    }
}
