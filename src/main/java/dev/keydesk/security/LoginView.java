package dev.keydesk.security;

import java.time.Duration;
import java.util.List;

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
import org.springframework.beans.factory.annotation.Value;

@Route(value = "login", autoLayout = false)
@PageTitle("Log in · Keydesk")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver {

    /** The value of {@code ?error=} when sign-in protection refused the attempt (see dev.keydesk.signin). */
    static final String LOCKED = "locked";

    private final LoginForm login = new LoginForm();
    private final LoginI18n wrongPassword;
    private final LoginI18n locked;

    /** The window of sign-in protection (dev.keydesk.signin.SignInProperties): how long a lock lasts at most. */
    LoginView(@Value("${keydesk.login.window:15m}") Duration lockWindow) {
        addClassName("login-page");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        wrongPassword = i18n("Incorrect username or password", "Check that you entered them correctly and try again.");
        // The same words whether or not the username exists, so they reveal nothing about it.
        locked = i18n("Too many failed attempts", "Sign-in is paused for this username or address. Try again in "
                + Math.max(1, lockWindow.toMinutes()) + " minutes, or ask support to lift the lock.");
        login.setI18n(wrongPassword);

        H1 brand = new H1("Keydesk");
        brand.addClassName("login-brand");
        Paragraph tagline = new Paragraph("API keys for text, speech and agents.");
        tagline.addClassName("login-tagline");
        Anchor register = new Anchor("register", "Create an account");
        Div links = new Div(register, new Anchor("forgot-password", getTranslation("password.forgot.link")));
        links.addClassName("login-links");
        Div card = new Div(brand, tagline, login, links);
        card.addClassName("login-card");
        add(card);
    }

    private static LoginI18n i18n(String errorTitle, String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in to Keydesk");
        i18n.getErrorMessage().setTitle(errorTitle);
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> error = event.getLocation().getQueryParameters().getParameters().get("error");
        login.setI18n(error != null && error.contains(LOCKED) ? locked : wrongPassword);
        login.setError(error != null);
    }
}
