package dev.keydesk.twofactor;

/** A stored second-factor secret that none of Keydesk's keys opens; the message names no secret and no key. */
public class UndecryptableSecretException extends RuntimeException {

    UndecryptableSecretException(String message) {
        super(message);
    }
}
