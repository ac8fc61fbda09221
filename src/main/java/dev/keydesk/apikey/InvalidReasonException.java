package dev.keydesk.apikey;

/** A support action's reason that breaks the rules; the message is written for the person who typed it. */
public class InvalidReasonException extends RuntimeException {

    public InvalidReasonException(String message) {
        super(message);
    }
}
