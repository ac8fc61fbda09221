package dev.keydesk.account;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

import dev.keydesk.base.text.DisplayText;
import dev.keydesk.base.text.RefusedCharacter;

/**
 * Why a sign-up field was refused. Views translate the constant (with its arguments); the English
 * pattern is for logs and tests. Patterns are {@link MessageFormat}s: {@code ''} is an apostrophe.
 */
public enum SignUpProblem {
    ORGANIZATION_REQUIRED("Enter your organization''s name."),
    ORGANIZATION_TOO_SHORT("This name is too short: use at least {0} characters."),
    ORGANIZATION_TOO_LONG("Use at most {0} characters."),
    ORGANIZATION_TAKEN("An organization with this name already has an account. Choose another name, or ask its "
            + "owner to add you."),
    EMAIL_INVALID("Enter an email address such as name@example.com."),
    EMAIL_USED("This email is already used. Log in with your existing account, or use another address."),
    USERNAME_LENGTH("Use {0} to {1} characters."),
    USERNAME_CHARACTERS("Use letters, digits, dots, hyphens and underscores, starting with a letter or digit."),
    USERNAME_RESERVED("This username is reserved. Choose another."),
    USERNAME_TAKEN("This username is taken. Choose another."),
    PASSWORD_TOO_SHORT("Use at least {0} characters."),
    PASSWORD_TOO_LONG("Use at most {0} characters (accented letters and emoji count as two or more)."),
    PASSWORD_COMMON("This password is one of the 10,000 most common ones. Choose another."),
    PASSWORDS_DIFFER("The passwords do not match."),
    /** A character {@link DisplayText} refuses; the one argument is the {@link RefusedCharacter}. */
    REFUSED_CHARACTER("{0}");

    private final String pattern;

    SignUpProblem(String pattern) {
        this.pattern = pattern;
    }

    public String english(List<?> args) {
        return new MessageFormat(pattern, Locale.ENGLISH).format(args.toArray());
    }

    /** One refused field: the problem and the values its message names. */
    public record Found(SignUpProblem problem, List<Object> args) {

        public Found {
            args = List.copyOf(args);
        }

        static Found of(SignUpProblem problem, Object... args) {
            return new Found(problem, List.of(args));
        }

        static Found of(RefusedCharacter character) {
            return of(REFUSED_CHARACTER, character);
        }

        public String english() {
            return args.size() == 1 && args.getFirst() instanceof RefusedCharacter character
                    ? character.english() : problem.english(args);
        }
    }
}
