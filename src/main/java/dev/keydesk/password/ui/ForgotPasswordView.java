package dev.keydesk.password.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.keydesk.KeydeskProperties;
import dev.keydesk.account.EmailAddress;
import dev.keydesk.password.PasswordResetLimitException;
import dev.keydesk.password.PasswordResets;

/**
 * "Forgot password?": asks for the username or email address and always answers the same, so the page never
 * tells whether either exists. Without mail configured, it says that support resets passwords.
 */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
class ForgotPasswordView extends Div implements HasDynamicTitle {

    private final PasswordResets resets;
    private final Div card = new Div();

    ForgotPasswordView(PasswordResets resets, KeydeskProperties properties) {
        this.resets = resets;
        addClassName("login-page");
        H1 brand = new H1("Keydesk");
        brand.addClassName("login-brand");
        card.addClassName("login-card");
        card.add(brand, title("password.forgot.title"));
        if (resets.byMail()) {
            showForm();
        } else {
            Paragraph bySupport = new Paragraph(getTranslation("password.forgot.by-support",
                    properties.supportContact()));
            bySupport.addClassName("login-tagline");
            card.add(bySupport, backToLogin());
        }
        add(card);
    }

    private void showForm() {
        Paragraph intro = new Paragraph(getTranslation("password.forgot.intro",
                Math.max(1, resets.validFor().toMinutes())));
        intro.addClassName("login-tagline");
        TextField who = new TextField(getTranslation("password.forgot.who"));
        who.setWidthFull();
        who.setMaxLength(EmailAddress.MAX_LENGTH);
        who.setRequiredIndicatorVisible(true);
        who.setManualValidation(true);
        who.getElement().setAttribute("autocomplete", "username");
        who.addValueChangeListener(change -> who.setInvalid(false));
        Button send = new Button(getTranslation("password.forgot.send"), click -> send(who));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.setWidthFull();
        Div form = new Div(intro, who, send);
        form.addClassName("forgot-form");
        card.add(form, backToLogin());
        who.focus();
    }

    private void send(TextField who) {
        if (who.getValue().isBlank()) {
            who.setErrorMessage(getTranslation("password.forgot.who-required"));
            who.setInvalid(true);
            return;
        }
        try {
            resets.request(who.getValue());
        } catch (PasswordResetLimitException tooMany) {
            who.setErrorMessage(getTranslation("password.forgot.too-many"));
            who.setInvalid(true);
            return;
        }
        card.removeAll();
        H1 brand = new H1("Keydesk");
        brand.addClassName("login-brand");
        Paragraph sent = new Paragraph(getTranslation("password.forgot.sent",
                Math.max(1, resets.validFor().toMinutes())));
        sent.getElement().setAttribute("role", "status");
        sent.addClassName("login-tagline");
        card.add(brand, title("password.forgot.title"), sent, backToLogin());
    }

    private Div backToLogin() {
        Div links = new Div(new Anchor("login", getTranslation("password.back-to-login")));
        links.addClassName("login-links");
        return links;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.forgot.title") + " \u00b7 Keydesk";
    }

    private H2 title(String key) {
        H2 title = new H2(getTranslation(key));
        title.addClassName("login-title");
        return title;
    }
}
