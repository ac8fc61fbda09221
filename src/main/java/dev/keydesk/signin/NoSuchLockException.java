package dev.keydesk.signin;

/** Support asked to lift a lock that does not exist (any more): nothing changed. */
public class NoSuchLockException extends RuntimeException {

    NoSuchLockException(String message) {
        super(message);
    }
}
