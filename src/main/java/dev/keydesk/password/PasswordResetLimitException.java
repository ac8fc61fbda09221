package dev.keydesk.password;

/** Too many "Forgot password?" requests from the client's network within the hour; nothing was sent. */
public class PasswordResetLimitException extends RuntimeException {

    PasswordResetLimitException() {
        super("Too many password reset requests from this network");
    }
}
