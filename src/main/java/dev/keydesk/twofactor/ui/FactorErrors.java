package dev.keydesk.twofactor.ui;

import dev.keydesk.twofactor.TwoFactorException.Problem;

/** The translation key of each refusal, so every dialog words the same refusal the same way. */
final class FactorErrors {

    private FactorErrors() {
    }

    static String key(Problem problem) {
        return switch (problem) {
            case WRONG_CODE -> "twofactor.error.wrong-code";
            case WRONG_PASSWORD -> "twofactor.error.wrong-password";
            case TOO_MANY_ATTEMPTS -> "twofactor.error.too-many";
            case NOT_ENABLED, ALREADY_ENABLED, NO_ENROLMENT, OWN_FACTOR, NO_SUCH_MEMBER -> "twofactor.error.changed";
        };
    }
}
