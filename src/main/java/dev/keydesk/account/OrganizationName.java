package dev.keydesk.account;

import java.util.Map;

import dev.keydesk.base.text.DisplayText;
import org.jspecify.annotations.Nullable;

/**
 * An organization's name as typed at sign-up: NFC, trimmed, 2 to 200 characters, none of the characters
 * {@link DisplayText} refuses. Two names are the same organization when their {@link #key()}s are equal.
 */
public record OrganizationName(String value) {

    public static final int MIN_LENGTH = 2;

    public OrganizationName {
        value = DisplayText.normalize(value);
        if (value.isEmpty()) {
            throw refused(SignUpProblem.Found.of(SignUpProblem.ORGANIZATION_REQUIRED));
        }
        if (value.length() < MIN_LENGTH) {
            // Something was typed: "Enter your organization's name" would read as if nothing had been.
            throw refused(SignUpProblem.Found.of(SignUpProblem.ORGANIZATION_TOO_SHORT, MIN_LENGTH));
        }
        if (value.length() > Account.NAME_MAX_LENGTH) {
            throw refused(SignUpProblem.Found.of(SignUpProblem.ORGANIZATION_TOO_LONG, Account.NAME_MAX_LENGTH));
        }
        DisplayText.refusedCharacter(value).ifPresent(character -> {
            throw refused(SignUpProblem.Found.of(character));
        });
    }

    public static OrganizationName of(@Nullable String value) {
        return new OrganizationName(value == null ? "" : value);
    }

    /** Case-insensitive, NFC, white space runs as one space: "acme corp" for " ACME  Corp". */
    public String key() {
        return DisplayText.comparisonKey(value);
    }

    private static SignUpRefusedException refused(SignUpProblem.Found problem) {
        return new SignUpRefusedException(Map.of(SignUpField.ORGANIZATION, problem));
    }
}
