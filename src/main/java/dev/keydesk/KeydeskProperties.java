package dev.keydesk;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code keydesk.*}; see application.properties for defaults. ({@code keydesk.demo-data}
 * is not here: it only switches the demo data on, through DemoData's condition.)
 *
 * @param defaultKeyLimit the active-key limit a new account starts with
 */
@ConfigurationProperties("keydesk")
public record KeydeskProperties(int defaultKeyLimit) {
}
