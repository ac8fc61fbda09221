package dev.keydesk.apiauth;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How often the "last used" times collected in memory are written ({@code keydesk.last-used.*}; the
 * default is in application.properties). One write per key per interval at most, whatever the request rate.
 */
@ConfigurationProperties("keydesk.last-used")
public record LastUsedProperties(Duration flushInterval) {

    public LastUsedProperties {
        if (flushInterval.isNegative() || flushInterval.isZero()) {
            throw new IllegalArgumentException("keydesk.last-used.flush-interval must be positive");
        }
    }
}
