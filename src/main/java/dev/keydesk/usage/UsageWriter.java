package dev.keydesk.usage;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The statements of ingestion, per database: PostgreSQL and H2 agree on the schema but not on the fastest
 * (or the concurrency-safe) way to write it. Both run inside the caller's transaction.
 */
interface UsageWriter {

    /**
     * Inserts the event ids (sorted, distinct) that are not stored yet and returns those it inserted. The
     * unique key decides: an id that a concurrent transaction inserts first is not returned here.
     */
    Set<String> insertNewIds(List<String> sortedIds, Instant receivedAt);

    /** Adds the roll-ups (sorted by {@link Rollup#ORDER}, one per row) to the daily totals, creating rows. */
    void addToDailyTotals(List<Rollup> sortedRollups);

    /** Runs a whole batch's transaction; a writer whose database cannot take concurrent batches serialises them. */
    default <T> T inTurn(Supplier<T> transaction) {
        return transaction.get();
    }
}
