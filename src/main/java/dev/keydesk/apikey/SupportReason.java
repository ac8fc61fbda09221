package dev.keydesk.apikey;

import org.jspecify.annotations.Nullable;

/** Why support staff changed a customer's key: trimmed, 3 to 500 characters; stored in the audit row. */
public record SupportReason(String value) {

    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 500;

    public SupportReason {
        value = value.strip();
        if (value.length() < MIN_LENGTH) {
            throw new InvalidReasonException("Give a reason of at least " + MIN_LENGTH + " characters.");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidReasonException("Use at most " + MAX_LENGTH + " characters for the reason.");
        }
    }

    public static SupportReason of(@Nullable String value) {
        return new SupportReason(value == null ? "" : value);
    }
}
