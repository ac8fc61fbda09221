package dev.keydesk.signin;

/** An owner tried to require two-factor sign-in of every member without using it themselves; nothing changed. */
public class OwnTwoFactorMissingException extends RuntimeException {

    OwnTwoFactorMissingException() {
        super("Set up two-factor sign-in for yourself before requiring it of every member.");
    }
}
