package dev.keydesk.password;

/** A password change or reset was refused; nothing changed. The message is for logs, in English. */
public class PasswordRefusedException extends RuntimeException {

    private final PasswordProblem problem;

    PasswordRefusedException(PasswordProblem problem) {
        super("Password refused: " + problem);
        this.problem = problem;
    }

    public PasswordProblem problem() {
        return problem;
    }

    /** Whether the problem is with the current password rather than the new one. */
    public boolean concernsCurrentPassword() {
        return problem == PasswordProblem.WRONG_CURRENT || problem == PasswordProblem.LOCKED;
    }
}
