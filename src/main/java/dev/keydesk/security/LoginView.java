package dev.keydesk.security;

import java.time.Duration;
import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.annotation.Value;

/**
 * The login page. The brand is the page's one heading; the form's own title says what to do ("Log in"),
 * so the two do not repeat each other. After a failed attempt the username typed is kept (in the tab's
 * session storage, see {@link #KEEP_USERNAME}), so only the password has to be typed again.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    /** The value of {@code ?error=} when sign-in protection refused the attempt (see dev.keydesk.signin). */
    static final String LOCKED = "locked";

    /**
     * Remembers the username on submit and, on the page that reports the failure, puts it back and moves to
     * the password. The page after a successful login never reads it; the login page without an error
     * forgets it. A username is no secret, and sessionStorage lives only as long as the tab.
     */
    static final String KEEP_USERNAME = """
            const form = this, key = 'keydesk.login.username', failed = $0;
            form.addEventListener('login', e => sessionStorage.setItem(key, e.detail.username));
            const kept = sessionStorage.getItem(key);
            if (!failed) {
                sessionStorage.removeItem(key);
            } else if (kept) {
                const username = form.querySelector('vaadin-text-field[name="username"]');
                const password = form.querySelector('vaadin-password-field[name="password"]');
                if (username && password) {
                    username.value = kept;
                    setTimeout(() => password.focus());
                }
            }
            """;

    private final LoginForm login = new LoginForm();
    private final Div brand = new Div();
    private final Paragraph tagline = new Paragraph();
    private final Anchor register = new Anchor("register", "");
    private final Anchor forgot = new Anchor("forgot-password", "");
    private final Duration lockWindow;
    private boolean failed;
    private boolean locked;

    /** The window of sign-in protection (dev.keydesk.signin.SignInProperties): how long a lock lasts at most. */
    LoginView(@Value("${keydesk.login.window:15m}") Duration lockWindow) {
        this.lockWindow = lockWindow;
        addClassName("login-page");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.addClassName("login-form");

        // Not a heading: the form's title ("Log in") is the page's one h1.
        brand.addClassName("login-brand");
        tagline.addClassName("login-tagline");
        Div links = new Div(register, forgot);
        links.addClassName("login-links");
        Div card = new Div(brand, tagline, login, links);
        card.addClassName("login-card");
        add(card);
    }

    /** Every text of the form in the reader's language; the error banner says {@code error}'s title and message. */
    private LoginI18n i18n(boolean locked) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.form.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot-password"));
        i18n.getErrorMessage().setUsername(getTranslation("login.required.username"));
        i18n.getErrorMessage().setPassword(getTranslation("login.required.password"));
        // The same words whether or not the username exists, so they reveal nothing about it.
        if (locked) {
            i18n.getErrorMessage().setTitle(getTranslation("login.locked.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.locked.message",
                    Math.max(1, lockWindow.toMinutes())));
        } else {
            i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        }
        i18n.setAdditionalInformation(null);
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> error = event.getLocation().getQueryParameters().getParameters().get("error");
        failed = error != null;
        locked = failed && error.contains(LOCKED);
        login.setI18n(i18n(locked));
        login.setError(failed);
    }

    /** The texts in the UI's language, also when the same view instance is shown again in another one. */
    @Override
    public void localeChange(LocaleChangeEvent event) {
        brand.setText(getTranslation("login.brand"));
        tagline.setText(getTranslation("login.tagline"));
        register.setText(getTranslation("login.register"));
        forgot.setText(getTranslation("password.forgot.link"));
        login.setI18n(i18n(locked));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        login.getElement().executeJs(KEEP_USERNAME, failed);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
