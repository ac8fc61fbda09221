package dev.keydesk.apikey;

/** An address list that cannot be used as given; the message names the line at fault. */
public class InvalidAllowedIpsException extends KeyRuleException {

    InvalidAllowedIpsException(String code, String message, Object... arguments) {
        super("ips." + code, message, arguments);
    }
}
