package dev.keydesk.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Dashboard session limits beyond the servlet container's idle timeout ({@code server.servlet.session.timeout}).
 *
 * @param absoluteTimeout how long a session may live however active it is; then its person signs in again
 */
@ConfigurationProperties("keydesk.session")
public record SessionProperties(Duration absoluteTimeout) {

    public SessionProperties {
        if (absoluteTimeout.isNegative() || absoluteTimeout.isZero()) {
            throw new IllegalArgumentException("keydesk.session.absolute-timeout must be positive");
        }
    }
}
