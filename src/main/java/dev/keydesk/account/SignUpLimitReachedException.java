package dev.keydesk.account;

/** Too many sign-ups from one client address; the message is written for the person at the form. */
public class SignUpLimitReachedException extends RuntimeException {

    public SignUpLimitReachedException(int limit) {
        super("Too many accounts were created from your network in the last hour (at most " + limit
                + "). Try again later.");
    }
}
