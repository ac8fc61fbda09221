package dev.keydesk.support.ui;

import com.vaadin.flow.component.textfield.TextField;
import dev.keydesk.apikey.SupportReason;

/** The required "Reason" of a support action; its rules are checked by the service. */
class ReasonField extends TextField {

    ReasonField() {
        super("Reason");
        setWidthFull();
        setRequired(true);
        setRequiredIndicatorVisible(true);
        setHelperText(SupportReason.MIN_LENGTH + " to " + SupportReason.MAX_LENGTH
                + " characters. The customer sees it in their activity log.");
        // The service's rules decide validity; keep the built-in validation from clearing our error.
        setManualValidation(true);
        addValueChangeListener(change -> setInvalid(false));
    }

    void showError(String message) {
        setErrorMessage(message);
        setInvalid(true);
        focus();
    }
}
