package dev.keydesk.apikey;

/** The account already has as many active keys as its limit allows (code {@code limit}, argument: the limit). */
public class KeyLimitReachedException extends KeyRuleException {

    public KeyLimitReachedException(int limit) {
        super("limit", KeyQuota.limitMessage(limit), limit);
    }
}
