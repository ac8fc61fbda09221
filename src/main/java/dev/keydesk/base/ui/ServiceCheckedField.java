package dev.keydesk.base.ui;

import com.vaadin.flow.component.textfield.TextField;

/**
 * A required text field whose rules live in a service: the service's refusal is shown as the field's
 * own error message, and the next edit clears it.
 */
public class ServiceCheckedField extends TextField {

    public ServiceCheckedField(String label, String helperText) {
        super(label);
        setWidthFull();
        setRequiredIndicatorVisible(true);
        setHelperText(helperText);
        // The service decides validity; keep the built-in validation from clearing its error on blur.
        setManualValidation(true);
        addValueChangeListener(change -> setInvalid(false));
    }

    public void showError(String message) {
        setErrorMessage(message);
        setInvalid(true);
        focus();
    }
}
