package dev.keydesk.twofactor;

import java.util.UUID;

import dev.keydesk.recentsignin.SecondFactorCheck;
import org.springframework.stereotype.Component;

/**
 * A recent sign-in ("Confirm it's you") asks enrolled people for a current authentication code too; the code
 * is spent like one at sign-in, so it cannot be used again.
 */
@Component
class RecentSignInFactor implements SecondFactorCheck {

    private final TwoFactor twoFactor;

    RecentSignInFactor(TwoFactor twoFactor) {
        this.twoFactor = twoFactor;
    }

    @Override
    public boolean isEnrolled(UUID userId) {
        return twoFactor.isEnrolled(userId);
    }

    @Override
    public boolean verify(UUID userId, String code) {
        return twoFactor.verifyCode(userId, code);
    }
}
