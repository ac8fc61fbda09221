package dev.keydesk.twofactor;

/**
 * A two-factor change refused; nothing changed. The {@link Problem} tells a view which message (and which
 * field) to show; the English message is for logs.
 */
public class TwoFactorException extends RuntimeException {

    public enum Problem {
        WRONG_CODE("That code is not valid. Enter the current code from your authenticator app."),
        WRONG_PASSWORD("That password is not correct."),
        TOO_MANY_ATTEMPTS("Too many failed attempts. Try again later."),
        NOT_ENABLED("Two-factor authentication is not on."),
        ALREADY_ENABLED("Two-factor authentication is already on."),
        NO_ENROLMENT("Start the set-up again: it was cancelled or finished elsewhere."),
        OWN_FACTOR("Support staff cannot reset their own two-factor authentication."),
        NO_SUCH_MEMBER("There is no such member of this account.");

        private final String message;

        Problem(String message) {
            this.message = message;
        }
    }

    private final Problem problem;

    TwoFactorException(Problem problem) {
        super(problem.message);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
