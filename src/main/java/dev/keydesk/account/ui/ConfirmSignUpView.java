package dev.keydesk.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.keydesk.account.Registration;
import dev.keydesk.account.SignUpConfirmation;

/** The link of a confirmation mail: opening it creates the account, once, while the link is valid. */
@Route(value = "register/confirm", autoLayout = false)
@AnonymousAllowed
class ConfirmSignUpView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Registration registration;
    private final Paragraph outcome = new Paragraph();

    ConfirmSignUpView(Registration registration) {
        this.registration = registration;
        addClassName("login-page");
        H1 brand = new H1(getTranslation("login.brand"));
        brand.addClassName("login-brand");
        outcome.getElement().setAttribute("role", "status");
        Div card = new Div(brand, outcome, new Anchor("login", getTranslation("confirm.login")));
        card.addClassName("login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse(null);
        outcome.setText(switch (registration.confirm(token)) {
            case SignUpConfirmation.Confirmed confirmed -> getTranslation("confirm.confirmed", confirmed.username());
            case SignUpConfirmation.NameTaken taken -> getTranslation("confirm.name-taken");
            case SignUpConfirmation.Invalid invalid -> getTranslation("confirm.invalid");
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("confirm.page-title");
    }
}
