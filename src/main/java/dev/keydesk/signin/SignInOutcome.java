package dev.keydesk.signin;

/** What became of a sign-in attempt, as stored in {@code sign_in_attempt.outcome}. */
enum SignInOutcome {
    /** The password was right. */
    SUCCEEDED,
    /** The password was checked and wrong (or the user unknown or disabled): counts towards both limits. */
    FAILED,
    /** Refused while locked, without checking the password: counts towards nothing, so it cannot extend a lock. */
    REFUSED,
    /** Support lifted the username's lock: like a success, earlier failures no longer count. */
    LIFTED
}
