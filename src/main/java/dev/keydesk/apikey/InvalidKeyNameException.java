package dev.keydesk.apikey;

import dev.keydesk.base.text.DisplayText;

/** A key name that breaks a rule; the message is written for the person who typed it. */
public class InvalidKeyNameException extends KeyRuleException {

    private InvalidKeyNameException(String code, String message, Object... arguments) {
        super(code, message, arguments);
    }

    static InvalidKeyNameException empty() {
        return new InvalidKeyNameException("name.empty", "Enter a name for the key.");
    }

    static InvalidKeyNameException tooLong(int maxLength) {
        return new InvalidKeyNameException("name.too-long", "Use at most " + maxLength + " characters.", maxLength);
    }

    static InvalidKeyNameException taken() {
        return new InvalidKeyNameException("name.taken", ApiKeyService.NAME_TAKEN);
    }

    /** Codes {@code name.control}, {@code name.direction}, {@code name.invisible}; argument: the code point. */
    static InvalidKeyNameException character(DisplayText.Problem problem) {
        return new InvalidKeyNameException("name." + problem.kind().name().toLowerCase(java.util.Locale.ROOT),
                problem.message(), problem.codePoint());
    }
}
