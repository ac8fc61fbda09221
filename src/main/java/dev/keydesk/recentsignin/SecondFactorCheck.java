package dev.keydesk.recentsignin;

import java.util.UUID;

/**
 * A person's second factor, as a recent sign-in needs it. Implemented by the two-factor feature; without
 * an implementation nobody is enrolled.
 */
public interface SecondFactorCheck {

    boolean isEnrolled(UUID userId);

    /** Whether the code is right now; a code accepted once is refused afterwards. */
    boolean verify(UUID userId, String code);
}
