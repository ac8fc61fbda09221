package dev.keydesk.recentsignin.ui;

import java.io.Serializable;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.ModalityMode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.function.SerializableRunnable;
import dev.keydesk.recentsignin.RecentSignIn.Confirmation;
import org.jspecify.annotations.Nullable;

/** "Confirm it's you": the password (and a code, with a second factor) before a sensitive action goes on. */
class RecentSignInDialog extends Dialog {

    /** Checks what the person typed; the password never outlives the call. */
    interface ConfirmCallback extends Serializable {
        Confirmation confirm(String password, @Nullable String code);
    }

    private final PasswordField password = new PasswordField();
    private final TextField code = new TextField();

    RecentSignInDialog(boolean needsCode, long maxAgeMinutes, ConfirmCallback onConfirm,
            SerializableRunnable onConfirmed) {
        setHeaderTitle(getTranslation("recentsignin.title"));
        setModality(ModalityMode.STRICT);
        setWidth("min(28rem, 95vw)");
        addClassName("recent-sign-in-dialog");
        Paragraph text = new Paragraph(getTranslation(needsCode ? "recentsignin.text.code" : "recentsignin.text",
                maxAgeMinutes));
        text.addClassName("dialog-text");
        password.setLabel(getTranslation("recentsignin.password"));
        password.setWidthFull();
        password.setManualValidation(true);
        password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        password.addValueChangeListener(change -> password.setInvalid(false));
        code.setLabel(getTranslation("recentsignin.code"));
        code.setWidthFull();
        code.setManualValidation(true);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setMaxLength(12);
        code.setVisible(needsCode);
        code.addValueChangeListener(change -> code.setInvalid(false));
        add(text, password, code);

        Button confirm = new Button(getTranslation("recentsignin.confirm"), click -> {
            Confirmation outcome = onConfirm.confirm(password.getValue(), needsCode ? code.getValue() : null);
            password.clear();
            switch (outcome) {
                case CONFIRMED -> {
                    close();
                    onConfirmed.run();
                }
                case WRONG_PASSWORD -> showError(password, "recentsignin.wrong-password");
                case WRONG_CODE -> showError(code, "recentsignin.wrong-code");
                case LOCKED -> showError(password, "recentsignin.locked");
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        getFooter().add(new Button(getTranslation("recentsignin.cancel"), click -> close()), confirm);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                password.focus();
            }
        });
    }

    private static void showError(TextFieldBase<?, String> field, String key) {
        field.setErrorMessage(field.getTranslation(key));
        field.setInvalid(true);
        field.focus();
    }
}
