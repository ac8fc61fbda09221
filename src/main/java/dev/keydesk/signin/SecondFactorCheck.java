package dev.keydesk.signin;

import java.util.UUID;

/**
 * What the second sign-in step needs of a person's second factor: whether they have one, and checking a
 * code. The factors themselves (secrets, replay protection, recovery codes) are dev.keydesk.twofactor's.
 */
public interface SecondFactorCheck {

    /** Whether the user has two-factor sign-in switched on. */
    boolean isEnrolled(UUID userId);

    /** Whether the code from the authenticator app is right now (each code is accepted once). */
    boolean verify(UUID userId, String code);

    /** Whether the recovery code is one of the user's unused ones; if so it is used up. */
    boolean useRecoveryCode(UUID userId, String code);
}
