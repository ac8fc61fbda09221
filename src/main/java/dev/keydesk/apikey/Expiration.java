package dev.keydesk.apikey;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

/**
 * When a key stops working. Keys expire at the end of a day in UTC (the next day's 00:00:00Z): the
 * presets count whole days from today (UTC), and a custom date must be a future day. UTC has no
 * daylight-saving shifts, so "30 days" is the same length whenever it is chosen.
 */
public enum Expiration {
    NEVER("No expiration", 0),
    DAYS_7("7 days", 7),
    DAYS_30("30 days", 30),
    DAYS_60("60 days", 60),
    DAYS_90("90 days", 90),
    CUSTOM("Custom date", 0);

    private final String label;
    private final int days;

    Expiration(String label, int days) {
        this.label = label;
        this.days = days;
    }

    public String label() {
        return label;
    }

    /** The instant a key generated now with this choice expires, or null for never. */
    public @Nullable Instant expiresAt(@Nullable LocalDate customDate, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return switch (this) {
            case NEVER -> null;
            case CUSTOM -> {
                if (customDate == null) {
                    throw new InvalidExpirationException("day-missing", "Choose the day the key expires.");
                }
                if (!customDate.isAfter(today)) {
                    throw new InvalidExpirationException("day-not-future", "Choose a day after today (" + today + ", UTC).",
                            today.toString());
                }
                yield endOfDay(customDate);
            }
            default -> endOfDay(today.plusDays(days));
        };
    }

    /** The first instant after the given day, in UTC: the key works throughout that day. */
    public static Instant endOfDay(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** "in 5 days", "in 3 hours", "in 10 minutes" or "Expired", counted down to the expiry. */
    public static String remaining(Instant expiresAt, Instant now) {
        Duration left = Duration.between(now, expiresAt);
        if (left.isNegative() || left.isZero()) {
            return "Expired";
        }
        if (left.toDays() >= 1) {
            return "in " + plural(left.toDays(), "day");
        }
        if (left.toHours() >= 1) {
            return "in " + plural(left.toHours(), "hour");
        }
        return "in " + plural(Math.max(1, left.toMinutes()), "minute");
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
