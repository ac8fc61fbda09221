package dev.keydesk.apikey.ui;

import dev.keydesk.apikey.KeyName;
import dev.keydesk.base.ui.ServiceCheckedField;

/** The "Name" field of the generate and rename dialogs; errors come from the service's rules. */
public class KeyNameField extends ServiceCheckedField {

    public KeyNameField() {
        super("Name", "Up to " + KeyName.MAX_LENGTH + " characters. Say where the key is used.");
        setPlaceholder("e.g. Production server");
    }
}
