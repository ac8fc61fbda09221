package dev.keydesk.apikey;

/** A roll that cannot happen: someone else rolled the key first, it expired, or it needs a free slot. */
public class KeyRollRefusedException extends KeyRuleException {

    KeyRollRefusedException(String code, String message, Object... arguments) {
        super("roll." + code, message, arguments);
    }
}
