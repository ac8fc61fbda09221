package dev.keydesk.support.ui;

import com.vaadin.flow.component.Component;
import dev.keydesk.apikey.InvalidReasonException;
import dev.keydesk.apikey.SupportReason;
import dev.keydesk.base.ui.ServiceCheckedField;

/** The required "Reason" of a support action; its rules are checked by the service. */
class ReasonField extends ServiceCheckedField {

    private final String hint;

    ReasonField() {
        super("", "");
        hint = getTranslation("support.reason.helper", SupportReason.MIN_LENGTH, SupportReason.MAX_LENGTH);
        setLabel(getTranslation("support.reason.label"));
        setHelperText(hint);
        setRequired(true);
        addValueChangeListener(change -> setHelperText(hint));
    }

    /** The error alone: the hint beside it would repeat the rule the error already names. */
    @Override
    public void showError(String message) {
        setHelperText(null);
        super.showError(message);
    }

    /** The service's refusal in the reader's language. */
    static String message(Component view, InvalidReasonException refused) {
        return switch (refused.problem()) {
            case TOO_SHORT -> view.getTranslation("support.reason.error.too-short", SupportReason.MIN_LENGTH);
            case TOO_LONG -> view.getTranslation("support.reason.error.too-long", SupportReason.MAX_LENGTH);
            case CHARACTER -> refused.character().map(character -> view.getTranslation("support.reason.error."
                    + switch (character.kind()) {
                        case CONTROL -> "control";
                        case TEXT_DIRECTION -> "text-direction";
                        case INVISIBLE -> "invisible";
                    }, character.codePoint())).orElse(refused.getMessage());
        };
    }
}
