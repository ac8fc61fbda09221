package dev.keydesk.password.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.PasswordField;
import dev.keydesk.account.PasswordPolicy;
import dev.keydesk.password.PasswordProblem;

/** The words for a refused password, and the new-password field that the change and the reset share. */
final class PasswordTexts {

    private PasswordTexts() {
    }

    static String problem(Component in, PasswordProblem problem) {
        return switch (problem) {
            case WRONG_CURRENT -> in.getTranslation("password.problem.wrong-current");
            case LOCKED -> in.getTranslation("password.problem.locked");
            case TOO_SHORT -> in.getTranslation("password.problem.too-short", PasswordPolicy.MIN_LENGTH);
            case TOO_LONG -> in.getTranslation("password.problem.too-long", PasswordPolicy.MAX_BYTES);
            case COMMON -> in.getTranslation("password.problem.common");
            case SAME_AS_CURRENT -> in.getTranslation("password.problem.same");
        };
    }

    static PasswordField field(Component in, String labelKey, String autocomplete) {
        PasswordField field = new PasswordField(in.getTranslation(labelKey));
        field.setWidthFull();
        field.setRequiredIndicatorVisible(true);
        // The service decides validity; keep the built-in validation from clearing its error on blur.
        field.setManualValidation(true);
        field.addValueChangeListener(change -> field.setInvalid(false));
        field.getElement().setAttribute("autocomplete", autocomplete);
        return field;
    }

    static void showError(PasswordField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        field.focus();
    }
}
