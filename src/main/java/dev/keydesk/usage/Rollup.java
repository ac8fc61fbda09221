package dev.keydesk.usage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;

/**
 * What one request adds to one daily roll-up row (key, UTC day, service, unit). Writers apply roll-ups in
 * {@link #ORDER}, so two transactions that touch the same rows lock them in the same order and never deadlock.
 */
record Rollup(UUID keyId, LocalDate day, String service, String unit, UUID accountId, BigDecimal quantity,
        BigDecimal cost, long events) {

    static final Comparator<Rollup> ORDER = Comparator.comparing(Rollup::keyId).thenComparing(Rollup::day)
            .thenComparing(Rollup::service).thenComparing(Rollup::unit);

    static Rollup of(UsageEvent event, UUID accountId) {
        return new Rollup(event.keyId(), event.day(), event.service().apiName(), event.unit().apiName(), accountId,
                event.quantity(), event.cost(), 1);
    }

    /** The sum of two roll-ups of the same row: exact decimals, nothing rounded. */
    Rollup plus(Rollup other) {
        return new Rollup(keyId, day, service, unit, accountId, quantity.add(other.quantity), cost.add(other.cost),
                events + other.events);
    }
}
