package dev.keydesk.account;

import java.util.Map;

/** Sign-up refused; one message per wrong field, written for the person who typed it. */
public class SignUpRefusedException extends RuntimeException {

    private final Map<SignUpField, String> errors;

    public SignUpRefusedException(Map<SignUpField, String> errors) {
        super("Sign-up refused: " + errors.keySet());
        this.errors = Map.copyOf(errors);
    }

    public Map<SignUpField, String> errors() {
        return errors;
    }
}
