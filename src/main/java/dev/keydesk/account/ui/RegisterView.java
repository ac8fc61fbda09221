package dev.keydesk.account.ui;

import java.util.EnumMap;
import java.util.Map;

import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
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
 * form says "We sent a confirmation to …" and the account exists once its link is opened. Every field is
 * required and marked so; a field with an error shows only the error, not its hint as well.
 */
@Route(value = "register", autoLayout = false)
@AnonymousAllowed
class RegisterView extends Main implements HasDynamicTitle {

    private final TextField organization = new TextField(getTranslation("register.organization"));
    private final EmailField email = new EmailField(getTranslation("register.email"));
    private final TextField username = new TextField(getTranslation("register.username"));
    private final PasswordField password = new PasswordField(getTranslation("register.password"));
    private final PasswordField confirmPassword = new PasswordField(getTranslation("register.confirm-password"));
    private final Map<SignUpField, HasValidation> fields = new EnumMap<>(Map.of(SignUpField.ORGANIZATION,
            organization, SignUpField.EMAIL, email, SignUpField.USERNAME, username, SignUpField.PASSWORD, password,
            SignUpField.CONFIRM_PASSWORD, confirmPassword));
    private final Map<SignUpField, String> hints = new EnumMap<>(SignUpField.class);
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
        hints.put(SignUpField.USERNAME, getTranslation("register.username.helper"));
        hints.put(SignUpField.PASSWORD, getTranslation("register.password.helper", PasswordPolicy.MIN_LENGTH));
        fields.forEach((field, component) -> {
            // The service decides what is valid; keep Vaadin's own checks from overriding its messages.
            component.setManualValidation(true);
            ((HasValue<?, ?>) component).setRequiredIndicatorVisible(true);
            showHint(field);
            ((HasValue<?, ?>) component).addValueChangeListener(change -> {
                component.setInvalid(false);
                showHint(field);
            });
        });

        Button create = new Button(getTranslation("register.submit"), click -> submit(registration));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.setWidthFull();

        FormLayout form = new FormLayout(organization, email, username, password, confirmPassword);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        H1 heading = new H1(getTranslation("register.heading"));
        heading.addClassName("login-brand");
        Paragraph tagline = new Paragraph(getTranslation("register.tagline"));
        tagline.addClassName("login-tagline");
        Paragraph required = new Paragraph(getTranslation("register.required-note"));
        required.addClassName("required-note");
        Div links = new Div(new Anchor("login", getTranslation("register.login-link")));
        links.addClassName("login-links");
        formError.addClassName("form-error");
        formError.getElement().setAttribute("role", "alert");
        formError.setVisible(false);
        card = new Div(brandMark(), heading, tagline, required, formError, form, create, links);
        card.addClassName("login-card");
        card.addClassName("register-card");
        add(card);
    }

    private Span brandMark() {
        Span brand = new Span(getTranslation("login.brand"));
        brand.addClassNames("brand", "login-mark");
        return brand;
    }

    private void showHint(SignUpField field) {
        ((HasHelper) fields.get(field)).setHelperText(hints.get(field));
    }

    private void submit(Registration registration) {
        fields.keySet().forEach(field -> {
            fields.get(field).setInvalid(false);
            showHint(field);
        });
        formError.setVisible(false);
        SignUpResult result;
        try {
            result = registration.register(new SignUp(organization.getValue(), email.getValue(), username.getValue(),
                    password.getValue(), confirmPassword.getValue(), getLocale()));
        } catch (SignUpRefusedException refused) {
            refused.problems().forEach((field, problem) -> {
                // The error says what is wrong; the hint beside it would only say it again.
                ((HasHelper) fields.get(field)).setHelperText(null);
                fields.get(field).setErrorMessage(SignUpMessages.of(this, problem));
                fields.get(field).setInvalid(true);
            });
            return;
        } catch (SignUpLimitReachedException limited) {
            formError.setText(getTranslation("register.limit", limited.limit()));
            formError.setVisible(true);
            return;
        }
        password.clear();
        confirmPassword.clear();
        switch (result) {
            case SignUpResult.AccountCreated created -> {
                Notifications.success(getTranslation("register.created"));
                getUI().ifPresent(ui -> ui.navigate("login"));
            }
            case SignUpResult.ConfirmationSent sent -> showConfirmationSent(sent.email());
        }
    }

    private void showConfirmationSent(String address) {
        Paragraph sent = new Paragraph(getTranslation("register.sent", address));
        sent.addClassName("sign-up-sent");
        sent.getElement().setAttribute("role", "status");
        card.removeAll();
        H1 heading = new H1(getTranslation("register.heading"));
        heading.addClassName("login-brand");
        card.add(brandMark(), heading, sent, new Anchor("login", getTranslation("register.back-to-login")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.page-title");
    }
}
