package dev.keydesk.account;

/** A key limit outside the range an account may have. */
public class InvalidKeyLimitException extends RuntimeException {

    public InvalidKeyLimitException(String message) {
        super(message);
    }
}
