package dev.keydesk.apikey;

/** A roll that cannot happen: someone else rolled the key first, it expired, or it needs a free slot. */
public class KeyRollRefusedException extends RuntimeException {

    public KeyRollRefusedException(String message) {
        super(message);
    }
}
