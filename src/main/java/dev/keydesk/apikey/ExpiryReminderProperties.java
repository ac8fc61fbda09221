package dev.keydesk.apikey;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Expiry reminders ({@code keydesk.expiry-reminders.*}; defaults in application.properties): how often
 * every node looks for keys that expire soon, and the sender of the mails.
 */
@ConfigurationProperties("keydesk.expiry-reminders")
public record ExpiryReminderProperties(Duration interval, String mailFrom) {

    public ExpiryReminderProperties {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("keydesk.expiry-reminders.interval must be positive");
        }
    }
}
