package dev.keydesk.password;

/** Why a password change or reset was refused; the views say it in the person's language. */
public enum PasswordProblem {
    /** The current password is wrong. */
    WRONG_CURRENT,
    /** Too many failed password checks: this one was not even checked. */
    LOCKED,
    TOO_SHORT,
    TOO_LONG,
    /** Among the most common passwords. */
    COMMON,
    SAME_AS_CURRENT
}
