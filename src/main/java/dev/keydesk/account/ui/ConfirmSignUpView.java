package dev.keydesk.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.keydesk.account.Registration;
import dev.keydesk.account.SignUpConfirmation;

/** The link of a confirmation mail: opening it creates the account, once, while the link is valid. */
@Route(value = "register/confirm", autoLayout = false)
@PageTitle("Confirm your account · Keydesk")
@AnonymousAllowed
class ConfirmSignUpView extends Div implements BeforeEnterObserver {

    private final Registration registration;
    private final Paragraph outcome = new Paragraph();

    ConfirmSignUpView(Registration registration) {
        this.registration = registration;
        addClassName("login-page");
        H1 brand = new H1("Keydesk");
        brand.addClassName("login-brand");
        outcome.getElement().setAttribute("role", "status");
        Div card = new Div(brand, outcome, new Anchor("login", "Log in"));
        card.addClassName("login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse(null);
        outcome.setText(switch (registration.confirm(token)) {
            case SignUpConfirmation.Confirmed confirmed -> "Your account is confirmed. Log in as "
                    + confirmed.username() + ".";
            case SignUpConfirmation.NameTaken taken -> "Someone else took this organization name or username "
                    + "before the link was opened. Create an account again with another one.";
            case SignUpConfirmation.Invalid invalid -> "This link is not valid any more: it was used already, or "
                    + "it expired. If you confirmed already, log in; otherwise create an account again.";
        });
    }
}
