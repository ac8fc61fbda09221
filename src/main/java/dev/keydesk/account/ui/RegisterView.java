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
import dev.keydesk.account.SignUpRefusedException;
import dev.keydesk.base.ui.Notifications;

/** Self-service sign-up: a new account and its owner; then the person logs in. */
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
        Div card = new Div(brand, tagline, form, create, links);
        card.addClassName("login-card");
        card.addClassName("register-card");
        add(card);
    }

    private void submit(Registration registration) {
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            registration.register(new SignUp(organization.getValue(), email.getValue(), username.getValue(),
                    password.getValue(), confirmPassword.getValue()));
        } catch (SignUpRefusedException refused) {
            refused.errors().forEach((field, message) -> {
                fields.get(field).setErrorMessage(message);
                fields.get(field).setInvalid(true);
            });
            return;
        }
        password.clear();
        confirmPassword.clear();
        Notifications.success("Your account is ready. Log in with your new username.");
        getUI().ifPresent(ui -> ui.navigate("login"));
    }
}
