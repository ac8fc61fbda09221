package dev.keydesk.twofactor.ui;

import java.io.Serializable;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.ModalityMode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.function.SerializableRunnable;
import dev.keydesk.base.ui.Notifications;
import dev.keydesk.twofactor.TwoFactorException;

/**
 * Asks for the password and a current code before switching two-factor off or regenerating codes. The
 * service checks both; its refusal is shown on the field it concerns, and nothing changes.
 */
class ConfirmFactorDialog extends Dialog {

    interface ConfirmCallback extends Serializable {
        void confirm(String password, String code);
    }

    private final PasswordField password = new PasswordField();
    private final CodeField code = new CodeField();

    ConfirmFactorDialog(String title, String text, String confirmLabel, boolean dangerous, ConfirmCallback onConfirm,
            SerializableRunnable onChangedElsewhere) {
        setHeaderTitle(title);
        setWidth("min(30rem, 95vw)");
        setModality(ModalityMode.STRICT);
        Paragraph explanation = new Paragraph(text);
        explanation.addClassName("dialog-text");
        password.setLabel(getTranslation("twofactor.password"));
        password.setRequiredIndicatorVisible(true);
        password.setManualValidation(true);
        password.setWidthFull();
        password.getElement().setAttribute("autocomplete", "current-password");
        password.addValueChangeListener(change -> password.setInvalid(false));
        code.setWidthFull();
        add(explanation, password, code);

        Button confirm = new Button(confirmLabel, click -> confirm(onConfirm, onChangedElsewhere));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (dangerous) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        confirm.addClickShortcut(Key.ENTER);
        getFooter().add(new Button(getTranslation("twofactor.cancel"), click -> close()), confirm);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                password.focus();
            } else {
                getElement().removeFromParent();
            }
        });
    }

    private void confirm(ConfirmCallback onConfirm, SerializableRunnable onChangedElsewhere) {
        if (password.getValue().isEmpty()) {
            showPasswordError(getTranslation("twofactor.error.password-required"));
            return;
        }
        if (code.getValue().isBlank()) {
            code.showError(getTranslation("twofactor.error.code-required"));
            return;
        }
        try {
            onConfirm.confirm(password.getValue(), code.getValue());
            close();
        } catch (TwoFactorException refused) {
            String message = getTranslation(FactorErrors.key(refused.problem()));
            switch (refused.problem()) {
                case WRONG_PASSWORD -> showPasswordError(message);
                case WRONG_CODE, TOO_MANY_ATTEMPTS -> {
                    code.clear();
                    code.showError(message);
                }
                default -> {
                    close();
                    Notifications.error(message);
                    onChangedElsewhere.run();
                }
            }
        }
    }

    private void showPasswordError(String message) {
        password.clear();
        password.setErrorMessage(message);
        password.setInvalid(true);
        password.focus();
    }
}
