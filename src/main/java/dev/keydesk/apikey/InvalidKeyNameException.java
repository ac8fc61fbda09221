package dev.keydesk.apikey;

/** A key name that breaks a rule; the message is written for the person who typed it. */
public class InvalidKeyNameException extends RuntimeException {

    public InvalidKeyNameException(String message) {
        super(message);
    }
}
