package dev.keydesk.apikey.ui;

import dev.keydesk.apikey.KeyName;
import dev.keydesk.base.ui.ServiceCheckedField;

/** The "Name" field of the generate and rename dialogs; errors come from the service's rules. */
public class KeyNameField extends ServiceCheckedField {

    public KeyNameField() {
        super(KeyTexts.t("apikeys.name"), KeyTexts.t("apikeys.name.helper", KeyName.MAX_LENGTH));
        setPlaceholder(KeyTexts.t("apikeys.name.placeholder"));
    }
}
