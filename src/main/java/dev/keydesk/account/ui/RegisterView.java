package dev.keydesk.account.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.keydesk.account.PasswordPolicy;
import dev.keydesk.account.Registration;
import dev.keydesk.account.SignUp;
import dev.keydesk.account.SignUpField;
import dev.keydesk.account.SignUpLimitReachedException;
import dev.keydesk.account.SignUpRefusedException;
import dev.keydesk.account.SignUpResult;
import dev.keydesk.base.ui.Notifications;

/**
 * Self-service sign-up: a new account and its owner, then the person logs in; with mail configured, the
 * form says "We sent a confirmation to …" and the account exists once its link is opened.
 */
@Route(value = "register", autoLayout = false)
@PageTitle("Create an account · Keydesk")
@AnonymousAllowed
class RegisterView extends Div {

    private final TextField organization = new TextField("Organization");
    private final EmailField email = new EmailField("Email");
    private final TextField username = new TextField("Username");
    private final PasswordField password = new PasswordField("Password");
    private final PasswordField confirmPassword = new PasswordField("Confirm password");
    private final Map<SignUpField, HasValidation> fields = Map.of(SignUpField.ORGANIZATION, organization,
            SignUpField.EMAIL, email, SignUpField.USERNAME, username, SignUpField.PASSWORD, password,
            SignUpField.CONFIRM_PASSWORD, confirmPassword);
    // Refusals that belong to no single field (too many sign-ups); read out by screen readers.
    private final Paragraph formError = new Paragraph();
    private final Div card;

    RegisterView(Registration registration) {
        addClassName("login-page");
        organization.setAutocomplete(Autocomplete.ORGANIZATION);
        email.setAutocomplete(Autocomplete.EMAIL);
        username.setAutocomplete(Autocomplete.USERNAME);
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        confirmPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters, not a common password.");
        username.setHelperText("Letters, digits, dots, hyphens and underscores.");
        fields.values().forEach(field -> {
            // The service decides what is valid; keep Vaadin's own checks from overriding its messages.
            field.setManualValidation(true);
            ((HasValue<?, ?>) field).addValueChangeListener(change -> field.setInvalid(false));
        });

        Button create = new Button("Create account", click -> submit(registration));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.setWidthFull();

        FormLayout form = new FormLayout(organization, email, username, password, confirmPassword);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        H1 brand = new H1("Keydesk");
        brand.addClassName("login-brand");
        Paragraph tagline = new Paragraph("Create an account for your organization.");
        tagline.addClassName("login-tagline");
        Div links = new Div(new Anchor("login", "Already have an account? Log in"));
        links.addClassName("login-links");
        formError.addClassName("form-error");
        formError.getElement().setAttribute("role", "alert");
        formError.setVisible(false);
        card = new Div(brand, tagline, formError, form, create, links);
        card.addClassName("login-card");
        card.addClassName("register-card");
        add(card);
    }

    private void submit(Registration registration) {
        fields.values().forEach(field -> field.setInvalid(false));
        formError.setVisible(false);
        SignUpResult result;
        try {
            result = registration.register(new SignUp(organization.getValue(), email.getValue(), username.getValue(),
                    password.getValue(), confirmPassword.getValue()));
        } catch (SignUpRefusedException refused) {
            refused.errors().forEach((field, message) -> {
                fields.get(field).setErrorMessage(message);
                fields.get(field).setInvalid(true);
            });
            return;
        } catch (SignUpLimitReachedException limited) {
            formError.setText(limited.getMessage());
            formError.setVisible(true);
            return;
        }
        password.clear();
        confirmPassword.clear();
        switch (result) {
            case SignUpResult.AccountCreated created -> {
                Notifications.success("Your account is ready. Log in with your new username.");
                getUI().ifPresent(ui -> ui.navigate("login"));
            }
            case SignUpResult.ConfirmationSent sent -> showConfirmationSent(sent.email());
        }
    }

    private void showConfirmationSent(String address) {
        Paragraph sent = new Paragraph("We sent a confirmation to " + address + ". Open the link in that mail to "
                + "finish creating your account.");
        sent.addClassName("sign-up-sent");
        sent.getElement().setAttribute("role", "status");
        card.removeAll();
        H1 brand = new H1("Keydesk");
        brand.addClassName("login-brand");
        card.add(brand, sent, new Anchor("login", "Back to log in"));
    }
}
