package dev.keydesk.apikey.ui;

import com.vaadin.flow.component.textfield.TextArea;
import dev.keydesk.apikey.AllowedIps;

/** "Allowed IP addresses": one address or CIDR block a line; empty allows any address. */
class AllowedIpsField extends TextArea {

    AllowedIpsField() {
        super(KeyTexts.t("apikeys.ips"));
        setWidthFull();
        setHelperText(KeyTexts.t("apikeys.ips.helper", AllowedIps.MAX_ENTRIES));
        setPlaceholder("203.0.113.7\n2001:db8::/32");
        getElement().setAttribute("spellcheck", "false");
        setManualValidation(true);
        addValueChangeListener(change -> setInvalid(false));
    }

    void setValue(AllowedIps allowedIps) {
        setValue(String.join("\n", allowedIps.entries()));
    }

    void showError(String message) {
        setErrorMessage(message);
        setInvalid(true);
        focus();
    }
}
