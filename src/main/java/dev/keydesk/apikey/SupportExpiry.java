package dev.keydesk.apikey;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/** The expirations support may set on a customer's key, e.g. to force a rotation within a day. */
public enum SupportExpiry {
    HOURS_24("In 24 hours", Duration.ofHours(24)),
    DAYS_3("In 3 days", Duration.ofDays(3)),
    DAYS_7("In 7 days", Duration.ofDays(7)),
    DAYS_30("In 30 days", Duration.ofDays(30)),
    CUSTOM("Custom date", Duration.ZERO);

    private final String label;
    private final Duration fromNow;

    SupportExpiry(String label, Duration fromNow) {
        this.label = label;
        this.fromNow = fromNow;
    }

    public String label() {
        return label;
    }

    Instant expiresAt(@Nullable LocalDate customDate, Instant now) {
        return this == CUSTOM ? Objects.requireNonNull(Expiration.CUSTOM.expiresAt(customDate, now))
                : now.plus(fromNow);
    }
}
