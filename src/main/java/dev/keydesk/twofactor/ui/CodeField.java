package dev.keydesk.twofactor.ui;

import com.vaadin.flow.component.textfield.TextField;

/** "Authentication code": six digits from the person's app; the phone keyboard shows digits, browsers may fill it. */
class CodeField extends TextField {

    CodeField() {
        setLabel(getTranslation("twofactor.code"));
        setHelperText(getTranslation("twofactor.code.helper"));
        setRequiredIndicatorVisible(true);
        setManualValidation(true);
        setMaxLength(9);
        setAllowedCharPattern("[0-9 ]");
        getElement().setAttribute("inputmode", "numeric");
        getElement().setAttribute("autocomplete", "one-time-code");
        addClassName("code-field");
        addValueChangeListener(change -> setInvalid(false));
    }

    void showError(String message) {
        setErrorMessage(message);
        setInvalid(true);
        focus();
    }
}
