package dev.keydesk.apikey;

/** The account already has as many active keys as its limit allows. */
public class KeyLimitReachedException extends RuntimeException {

    public KeyLimitReachedException(int limit) {
        super(KeyQuota.limitMessage(limit));
    }
}
