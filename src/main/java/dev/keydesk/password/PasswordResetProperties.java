package dev.keydesk.password;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code keydesk.password-reset.*}.
 *
 * @param validFor how long a reset link works
 * @param maxPerAddressPerHour "Forgot password?" requests from one client network (an IPv6 /64) per hour;
 *        counted in the database, so across nodes
 * @param maxMailsPerUserPerHour reset mails one user gets per hour at most, whoever asks (no mail bombing)
 * @param mailFrom sender address of the reset mail
 */
@ConfigurationProperties("keydesk.password-reset")
public record PasswordResetProperties(@DefaultValue("30m") Duration validFor,
        @DefaultValue("10") int maxPerAddressPerHour, @DefaultValue("3") int maxMailsPerUserPerHour,
        @DefaultValue("keydesk@localhost") String mailFrom) {

    public PasswordResetProperties {
        if (validFor.isNegative() || validFor.isZero()) {
            throw new IllegalArgumentException("keydesk.password-reset.valid-for must be positive");
        }
        if (maxPerAddressPerHour < 1 || maxMailsPerUserPerHour < 1) {
            throw new IllegalArgumentException("keydesk.password-reset.max-per-address-per-hour and "
                    + "max-mails-per-user-per-hour must be at least 1");
        }
    }
}
