package dev.keydesk.signin;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code keydesk.login.*}: how many failed password checks within the window lock a
 * username (from any address) or a client address (for any username).
 */
@ConfigurationProperties("keydesk.login")
public record SignInProperties(@DefaultValue("5") int maxFailuresPerUser,
        @DefaultValue("20") int maxFailuresPerAddress, @DefaultValue("15m") Duration window) {

    public SignInProperties {
        if (maxFailuresPerUser < 1 || maxFailuresPerAddress < 1) {
            throw new IllegalArgumentException("keydesk.login.max-failures-per-user and max-failures-per-address "
                    + "must be at least 1.");
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("keydesk.login.window must be positive.");
        }
    }
}
