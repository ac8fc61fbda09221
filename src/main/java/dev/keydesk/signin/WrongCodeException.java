package dev.keydesk.signin;

/** The code of the second sign-in step was wrong (or already used); the attempt was recorded. */
public class WrongCodeException extends RuntimeException {

    WrongCodeException() {
        super("Wrong code");
    }
}
