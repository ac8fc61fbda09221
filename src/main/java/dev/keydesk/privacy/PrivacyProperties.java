package dev.keydesk.privacy;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code keydesk.privacy.*}: how long client addresses and user agents of sign-ins and
 * activity are kept. The sign-in window must fit inside it, or the throttle would lose its counts.
 */
@ConfigurationProperties("keydesk.privacy")
public record PrivacyProperties(@DefaultValue("90d") Duration retention) {

    public PrivacyProperties {
        if (retention.compareTo(Duration.ofDays(1)) < 0) {
            throw new IllegalArgumentException("keydesk.privacy.retention must be at least one day.");
        }
    }
}
