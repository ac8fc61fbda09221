package dev.keydesk.apikey;

/** The key does not exist (any more). */
public class KeyNotFoundException extends KeyRuleException {

    public KeyNotFoundException() {
        super("not-found", "This key no longer exists. It may have been deleted in another window.");
    }
}
