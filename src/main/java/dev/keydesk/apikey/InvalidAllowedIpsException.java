package dev.keydesk.apikey;

/** An address list that cannot be used as given; the message names the line at fault. */
public class InvalidAllowedIpsException extends RuntimeException {

    public InvalidAllowedIpsException(String message) {
        super(message);
    }
}
