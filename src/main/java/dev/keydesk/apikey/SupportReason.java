package dev.keydesk.apikey;

import dev.keydesk.base.text.DisplayText;
import org.jspecify.annotations.Nullable;

/**
 * Why support staff changed a customer's key: NFC, trimmed, 3 to 500 characters, none of the characters
 * {@link DisplayText} refuses; stored in the audit row, which the customer reads.
 */
public record SupportReason(String value) {

    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 500;

    public SupportReason {
        value = DisplayText.normalize(value);
        if (value.length() < MIN_LENGTH) {
            throw new InvalidReasonException(InvalidReasonException.Problem.TOO_SHORT,
                    "Give a reason of at least " + MIN_LENGTH + " characters.");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidReasonException(InvalidReasonException.Problem.TOO_LONG,
                    "Use at most " + MAX_LENGTH + " characters for the reason.");
        }
        DisplayText.refusedCharacter(value).ifPresent(character -> {
            throw new InvalidReasonException(character);
        });
    }

    public static SupportReason of(@Nullable String value) {
        return new SupportReason(value == null ? "" : value);
    }
}
