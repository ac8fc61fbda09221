package dev.keydesk.signin.ui;

import java.time.Duration;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.keydesk.signin.SecondStep;
import dev.keydesk.signin.SignInLockedException;
import dev.keydesk.signin.SignInProperties;
import dev.keydesk.signin.WrongCodeException;
import jakarta.annotation.security.PermitAll;

/**
 * The second sign-in step (contract, "Two-factor sign-in"): "Authentication code" and "Verify", or "Use a
 * recovery code". The only page a session that has proven just the password of an enrolled person opens
 * ({@link FactorGate}); once the code is right, the browser reloads the dashboard with the complete sign-in.
 */
@Route(value = CodeView.PATH, autoLayout = false)
@PermitAll
class CodeView extends Div implements HasDynamicTitle {

    static final String PATH = "login/code";

    private final SecondStep secondStep;
    private final Duration lockWindow;
    private final H2 title = new H2();
    private final Paragraph hint = new Paragraph();
    private final TextField code = new TextField();
    private final Button verify = new Button();
    private final Button switchMode = new Button();
    private boolean recovery;

    CodeView(SecondStep secondStep, SignInProperties signIn, AuthenticationContext authentication) {
        this.secondStep = secondStep;
        this.lockWindow = signIn.window();
        addClassName("login-page");
        H1 brand = new H1("Keydesk");
        brand.addClassName("login-brand");
        title.addClassName("code-title");
        hint.addClassName("login-tagline");

        code.setWidthFull();
        code.setRequiredIndicatorVisible(true);
        code.setAutofocus(true);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setMaxLength(32);
        code.setManualValidation(true);
        verify.setText(getTranslation("signin.code.verify"));
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.setWidthFull();
        verify.addClickListener(click -> submit());
        verify.addClickShortcut(Key.ENTER);

        switchMode.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        switchMode.addClickListener(click -> showMode(!recovery));
        Button cancel = new Button(getTranslation("signin.code.cancel"), click -> authentication.logout());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div links = new Div(switchMode, cancel);
        links.addClassName("code-links");

        Div card = new Div(brand, title, hint, code, verify, links);
        card.addClassNames("login-card", "code-card");
        add(card);
        showMode(false);
    }

    private void showMode(boolean recoveryCode) {
        recovery = recoveryCode;
        title.setText(getTranslation(recovery ? "signin.recovery.title" : "signin.code.title"));
        hint.setText(getTranslation(recovery ? "signin.recovery.hint" : "signin.code.hint"));
        code.setLabel(getTranslation(recovery ? "signin.recovery.label" : "signin.code.label"));
        code.getElement().setAttribute("inputmode", recovery ? "text" : "numeric");
        switchMode.setText(getTranslation(recovery ? "signin.code.use-app" : "signin.code.use-recovery"));
        code.clear();
        code.setInvalid(false);
        code.focus();
    }

    private void submit() {
        String typed = code.getValue().strip();
        if (typed.isEmpty()) {
            refuse(getTranslation(recovery ? "signin.recovery.required" : "signin.code.required"));
            return;
        }
        try {
            if (recovery) {
                secondStep.useRecoveryCode(typed);
            } else {
                secondStep.verifyCode(typed);
            }
        } catch (WrongCodeException wrong) {
            refuse(getTranslation(recovery ? "signin.recovery.wrong" : "signin.code.wrong"));
            return;
        } catch (SignInLockedException locked) {
            refuse(getTranslation("signin.code.locked", Math.max(1, lockWindow.toMinutes())));
            return;
        }
        code.clear();
        // A fresh page: the layout and menu are built again for the complete sign-in, under its new session id.
        getUI().ifPresent(ui -> ui.getPage().setLocation(home()));
    }

    private void refuse(String message) {
        code.clear();
        code.setErrorMessage(message);
        code.setInvalid(true);
        code.focus();
    }

    private static String home() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        return (request == null ? "" : request.getContextPath()) + "/";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signin.code.page-title");
    }
}
