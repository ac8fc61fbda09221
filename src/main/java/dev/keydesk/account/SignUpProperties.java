package dev.keydesk.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code keydesk.signup.*}; their defaults are in application.properties.
 *
 * @param maxPerAddressPerHour accepted sign-ups from one client address (an IPv6 /64) within an hour; the
 *        count lives in the database, so it holds across nodes
 * @param confirmationValidFor how long a confirmation link works (only when mail is configured)
 * @param mailFrom sender address of the confirmation mail
 * @param housekeepingInterval how often expired confirmations and old sign-up records are deleted
 */
@ConfigurationProperties("keydesk.signup")
public record SignUpProperties(int maxPerAddressPerHour, Duration confirmationValidFor, String mailFrom,
        Duration housekeepingInterval) {

    public SignUpProperties {
        if (maxPerAddressPerHour < 1) {
            throw new IllegalArgumentException("keydesk.signup.max-per-address-per-hour must be at least 1");
        }
        if (confirmationValidFor.isNegative() || confirmationValidFor.isZero()) {
            throw new IllegalArgumentException("keydesk.signup.confirmation-valid-for must be positive");
        }
    }
}
