package dev.keydesk.password.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.keydesk.account.PasswordPolicy;
import dev.keydesk.password.PasswordRefusedException;
import dev.keydesk.password.PasswordResets;
import org.jspecify.annotations.Nullable;

/**
 * The link of a reset mail: a new password, twice. Opening the page uses nothing up; only a reset does, and
 * it signs out every session of the user.
 */
@Route(value = "reset-password", autoLayout = false)
@AnonymousAllowed
class ResetPasswordView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordResets resets;
    private final Div card = new Div();
    private @Nullable String token;

    ResetPasswordView(PasswordResets resets) {
        this.resets = resets;
        addClassName("login-page");
        card.addClassName("login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse(null);
        if (resets.isValid(token)) {
            showForm();
        } else {
            token = null;
            showOutcome(getTranslation("password.reset.invalid"), "password.reset.ask-again", "forgot-password");
        }
    }

    private void showForm() {
        card.removeAll();
        Paragraph intro = new Paragraph(getTranslation("password.reset.intro"));
        intro.addClassName("login-tagline");
        PasswordField next = PasswordTexts.field(this, "password.reset.new", "new-password");
        next.setHelperText(getTranslation("password.policy", PasswordPolicy.MIN_LENGTH));
        PasswordField confirm = PasswordTexts.field(this, "password.reset.confirm", "new-password");
        Button reset = new Button(getTranslation("password.reset.button"), click -> reset(next, confirm));
        reset.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reset.setWidthFull();
        Div form = new Div(intro, next, confirm, reset);
        form.addClassName("forgot-form");
        card.add(brand(), title("password.reset.title"), form);
        next.focus();
    }

    private void reset(PasswordField next, PasswordField confirm) {
        if (!next.getValue().equals(confirm.getValue())) {
            PasswordTexts.showError(confirm, getTranslation("password.mismatch"));
            return;
        }
        try {
            String username = resets.reset(token, next.getValue()).orElse(null);
            token = null;
            if (username == null) {
                showOutcome(getTranslation("password.reset.invalid"), "password.reset.ask-again", "forgot-password");
            } else {
                showOutcome(getTranslation("password.reset.done", username), "password.back-to-login", "login");
            }
        } catch (PasswordRefusedException refused) {
            PasswordTexts.showError(next, PasswordTexts.problem(this, refused.problem()));
        }
    }

    private void showOutcome(String text, String linkKey, String linkTarget) {
        card.removeAll();
        Paragraph outcome = new Paragraph(text);
        outcome.getElement().setAttribute("role", "status");
        outcome.addClassName("login-tagline");
        Div links = new Div(new Anchor(linkTarget, getTranslation(linkKey)));
        links.addClassName("login-links");
        card.add(brand(), title("password.reset.title"), outcome, links);
    }

    private static H1 brand() {
        H1 brand = new H1("Keydesk");
        brand.addClassName("login-brand");
        return brand;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.reset.title") + " \u00b7 Keydesk";
    }

    private H2 title(String key) {
        H2 title = new H2(getTranslation(key));
        title.addClassName("login-title");
        return title;
    }
}
