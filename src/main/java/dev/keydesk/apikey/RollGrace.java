package dev.keydesk.apikey;

import java.time.Duration;

/** How long the secret a roll replaces keeps working: the integrations' time to switch. */
public enum RollGrace {
    NOW("Now", Duration.ZERO),
    HOUR_1("In 1 hour", Duration.ofHours(1)),
    HOURS_24("In 24 hours", Duration.ofHours(24)),
    DAYS_3("In 3 days", Duration.ofDays(3)),
    DAYS_7("In 7 days", Duration.ofDays(7));

    public static final RollGrace DEFAULT = HOURS_24;

    private final String label;
    private final Duration duration;

    RollGrace(String label, Duration duration) {
        this.label = label;
        this.duration = duration;
    }

    public String label() {
        return label;
    }

    public Duration duration() {
        return duration;
    }
}
