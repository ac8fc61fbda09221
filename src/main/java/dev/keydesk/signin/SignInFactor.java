package dev.keydesk.signin;

import java.util.Set;

/** Which step of a sign-in an attempt was, as stored in {@code sign_in_attempt.factor}. */
enum SignInFactor {
    /** The first step: username and password. */
    PASSWORD,
    /** The second step with a code from the authenticator app. */
    CODE,
    /** The second step with one of the recovery codes. */
    RECOVERY_CODE;

    /** The second step's factors share one count: a recovery code is no way around a lock on codes. */
    static final Set<SignInFactor> SECOND_STEP = Set.of(CODE, RECOVERY_CODE);

    Set<SignInFactor> family() {
        return this == PASSWORD ? Set.of(PASSWORD) : SECOND_STEP;
    }
}
