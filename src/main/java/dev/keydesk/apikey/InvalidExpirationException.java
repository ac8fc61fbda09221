package dev.keydesk.apikey;

/** An expiration that cannot be used (not in the future, or not shorter when it must be). */
public class InvalidExpirationException extends KeyRuleException {

    InvalidExpirationException(String code, String message, Object... arguments) {
        super("expiration." + code, message, arguments);
    }
}
