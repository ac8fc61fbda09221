package dev.keydesk.apikey.ui;

import com.vaadin.flow.component.textfield.TextField;
import dev.keydesk.apikey.KeyName;

/** The "Name" field of the generate and rename dialogs; errors come from the service's rules. */
class KeyNameField extends TextField {

    KeyNameField() {
        super("Name");
        setWidthFull();
        setRequiredIndicatorVisible(true);
        setPlaceholder("e.g. Production server");
        setHelperText("Up to " + KeyName.MAX_LENGTH + " characters. Say where the key is used.");
        // Our rules decide validity; stop the built-in validation from clearing our error on blur.
        setManualValidation(true);
        addValueChangeListener(change -> setInvalid(false));
    }

    void showError(String message) {
        setErrorMessage(message);
        setInvalid(true);
        focus();
    }
}
