package dev.keydesk.account;

/** Too many sign-ups from one client address; views say so in the reader's language with {@link #limit()}. */
public class SignUpLimitReachedException extends RuntimeException {

    private final int limit;

    public SignUpLimitReachedException(int limit) {
        super("Too many accounts were created from your network in the last hour (at most " + limit
                + "). Try again later.");
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
