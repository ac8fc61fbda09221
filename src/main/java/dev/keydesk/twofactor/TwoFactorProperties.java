package dev.keydesk.twofactor;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code keydesk.two-factor.*}.
 *
 * @param issuer the name authenticator apps show beside the account
 * @param maxFailedChecks wrong passwords or codes, when switching two-factor off or regenerating codes, that
 *        lock those actions for the rest of the window (so a stolen session cannot guess the password there)
 * @param failedCheckWindow how long failed checks count
 * @param mailFrom the sender of the mail that tells a member support reset their two-factor
 */
@ConfigurationProperties("keydesk.two-factor")
public record TwoFactorProperties(@DefaultValue("Keydesk") String issuer, @DefaultValue("5") int maxFailedChecks,
        @DefaultValue("15m") Duration failedCheckWindow, @DefaultValue("keydesk@localhost") String mailFrom) {

    public TwoFactorProperties {
        if (issuer.isBlank() || issuer.contains(":")) {
            throw new IllegalArgumentException("keydesk.two-factor.issuer must be a name without a colon.");
        }
        if (maxFailedChecks < 1) {
            throw new IllegalArgumentException("keydesk.two-factor.max-failed-checks must be at least 1.");
        }
        if (failedCheckWindow.isNegative() || failedCheckWindow.isZero()) {
            throw new IllegalArgumentException("keydesk.two-factor.failed-check-window must be positive.");
        }
    }
}
