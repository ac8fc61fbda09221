package dev.keydesk.usage;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import dev.keydesk.apikey.PlatformService;
import org.jspecify.annotations.Nullable;

/** One reported event, valid in itself (whether its key exists and its id is new are checked later). */
public record UsageEvent(String id, UUID keyId, PlatformService service, UsageUnit unit, BigDecimal quantity,
        BigDecimal cost, Instant occurredAt) {

    public static final int MAX_ID_LENGTH = 64;
    public static final int MAX_DECIMALS = 6;
    /** Below 10^15 per event: a day's sum of a million such events still fits numeric(28, 6). */
    public static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000000000000");
    /** Below a billion dollars per event. */
    public static final BigDecimal MAX_COST = new BigDecimal("1000000000");

    public UsageEvent {
        if (id.isEmpty() || id.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("An event id has 1 to " + MAX_ID_LENGTH + " characters");
        }
        requireAmount(quantity, MAX_QUANTITY, "quantity");
        requireAmount(cost, MAX_COST, "cost");
    }

    /** The UTC day the event belongs to: day boundaries are UTC for every account. */
    public LocalDate day() {
        return LocalDate.ofInstant(occurredAt, ZoneOffset.UTC);
    }

    /** Why an amount is not acceptable, or null when it is: not negative, at most 6 decimals, below the cap. */
    static @Nullable String amountProblem(BigDecimal value, BigDecimal max, String field) {
        if (value.signum() < 0) {
            return field + " must not be negative";
        }
        if (value.stripTrailingZeros().scale() > MAX_DECIMALS) {
            return field + " has more than " + MAX_DECIMALS + " decimals";
        }
        if (value.compareTo(max) >= 0) {
            return field + " must be below " + max.toPlainString();
        }
        return null;
    }

    private static void requireAmount(BigDecimal value, BigDecimal max, String field) {
        String problem = amountProblem(value, max, field);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }
}
