package dev.keydesk.account;

/** Why {@link PasswordPolicy} refuses a password; views translate it, {@link #english()} is for logs. */
public enum PasswordProblem {
    TOO_SHORT(SignUpProblem.Found.of(SignUpProblem.PASSWORD_TOO_SHORT, PasswordPolicy.MIN_LENGTH)),
    TOO_LONG(SignUpProblem.Found.of(SignUpProblem.PASSWORD_TOO_LONG, PasswordPolicy.MAX_BYTES)),
    COMMON(SignUpProblem.Found.of(SignUpProblem.PASSWORD_COMMON));

    private final SignUpProblem.Found signUp;

    PasswordProblem(SignUpProblem.Found signUp) {
        this.signUp = signUp;
    }

    /** The same problem as the sign-up form reports it (with the limit it names). */
    public SignUpProblem.Found signUp() {
        return signUp;
    }

    public String english() {
        return signUp.english();
    }
}
