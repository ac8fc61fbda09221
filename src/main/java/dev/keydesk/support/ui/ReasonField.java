package dev.keydesk.support.ui;

import dev.keydesk.apikey.SupportReason;
import dev.keydesk.base.ui.ServiceCheckedField;

/** The required "Reason" of a support action; its rules are checked by the service. */
class ReasonField extends ServiceCheckedField {

    ReasonField() {
        super("Reason", SupportReason.MIN_LENGTH + " to " + SupportReason.MAX_LENGTH
                + " characters. The customer sees it in their activity log.");
        setRequired(true);
    }
}
