package dev.keydesk;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings under {@code keydesk.*}; see application.properties for defaults. */
@ConfigurationProperties("keydesk")
public record KeydeskProperties(boolean demoData, int defaultKeyLimit) {
}
