package dev.keydesk.apikey;

/** A permission set that no key may have; the message is for the person who chose it. */
public class InvalidPermissionsException extends RuntimeException {

    public InvalidPermissionsException(String message) {
        super(message);
    }
}
