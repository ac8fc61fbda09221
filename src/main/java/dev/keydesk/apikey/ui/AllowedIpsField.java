package dev.keydesk.apikey.ui;

import com.vaadin.flow.component.textfield.TextArea;
import dev.keydesk.apikey.AllowedIps;

/** "Allowed IP addresses": one address or CIDR block a line; empty allows any address. */
class AllowedIpsField extends TextArea {

    AllowedIpsField() {
        super("Allowed IP addresses");
        setWidthFull();
        setHelperText("Optional. One IPv4 or IPv6 address or CIDR block per line, at most " + AllowedIps.MAX_ENTRIES
                + ". Empty: any address.");
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
