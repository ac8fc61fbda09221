package dev.keydesk.apiauth;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often the "last used" times collected in memory are written ({@code keydesk.last-used.*}).
 * One write per key per interval at most, whatever the request rate.
 */
@ConfigurationProperties("keydesk.last-used")
public record LastUsedProperties(@DefaultValue("60s") Duration flushInterval) {
}
