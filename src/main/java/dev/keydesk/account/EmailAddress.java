package dev.keydesk.account;

import java.util.Locale;
import java.util.regex.Pattern;

import dev.keydesk.base.text.DisplayText;
import org.jspecify.annotations.Nullable;

/**
 * An email address as typed at sign-up. Deliberately loose (the mailbox decides the rest), but never
 * with markup, spaces, control or invisible characters: it goes into a mail header.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 320;

    // One @; before it RFC 5322's atext and dots; after it labels of letters, digits and hyphens.
    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~.-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");

    public EmailAddress {
        value = DisplayText.normalize(value);
        if (value.length() > MAX_LENGTH || DisplayText.problem(value).isPresent()
                || !EMAIL.matcher(value).matches()) {
            throw SignUpRefusedException.of(SignUpField.EMAIL, SignUpProblem.EMAIL_INVALID);
        }
    }

    public static EmailAddress of(@Nullable String value) {
        return new EmailAddress(value == null ? "" : value);
    }

    /** Compared case-insensitively: mailboxes that differ only in case are one person in practice. */
    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }
}
