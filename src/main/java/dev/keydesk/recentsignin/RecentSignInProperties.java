package dev.keydesk.recentsignin;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code keydesk.recent-sign-in.*}.
 *
 * @param maxAge how long after a sign-in (or a confirmation) sensitive actions go ahead without asking again
 */
@ConfigurationProperties("keydesk.recent-sign-in")
public record RecentSignInProperties(@DefaultValue("15m") Duration maxAge) {

    public RecentSignInProperties {
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("keydesk.recent-sign-in.max-age must be positive");
        }
    }
}
