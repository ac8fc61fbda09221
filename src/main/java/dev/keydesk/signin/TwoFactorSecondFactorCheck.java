package dev.keydesk.signin;

import java.util.UUID;

import dev.keydesk.twofactor.TwoFactor;
import org.springframework.stereotype.Component;

/** The second sign-in step's checks, as dev.keydesk.twofactor does them (replay refusal, single-use recovery codes). */
@Component
class TwoFactorSecondFactorCheck implements SecondFactorCheck {

    private final TwoFactor twoFactor;

    TwoFactorSecondFactorCheck(TwoFactor twoFactor) {
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

    @Override
    public boolean useRecoveryCode(UUID userId, String code) {
        return twoFactor.useRecoveryCode(userId, code);
    }
}
