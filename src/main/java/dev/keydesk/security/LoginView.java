package dev.keydesk.security;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route(value = "login", autoLayout = false)
@PageTitle("Log in · Keydesk")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    LoginView() {
        addClassName("login-page");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in to Keydesk");
        i18n.getErrorMessage().setTitle("Incorrect username or password");
        i18n.getErrorMessage().setMessage("Check that you entered them correctly and try again.");
        login.setI18n(i18n);

        H1 brand = new H1("Keydesk");
        brand.addClassName("login-brand");
        Paragraph tagline = new Paragraph("API keys for text, speech and agents.");
        tagline.addClassName("login-tagline");
        Anchor register = new Anchor("register", "Create an account");
        Div links = new Div(register);
        links.addClassName("login-links");
        Div card = new Div(brand, tagline, login, links);
        card.addClassName("login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
