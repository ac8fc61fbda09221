package dev.keydesk.usage;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * H2 (the embedded default): batched statements. {@code ON CONFLICT DO NOTHING} reports 0 for an id that is
 * already stored, so the update counts say which ids are new; roll-ups use the standard {@code MERGE}, which H2
 * accepts and PostgreSQL's {@code ON CONFLICT DO UPDATE} does not need. Two MERGEs that race into the same new
 * row fail on the primary key, which under four busy clients happened often enough to exhaust retries, so
 * batches take turns: H2 is the embedded, single-process database, and a lock of this process is all of it.
 */
final class H2UsageWriter implements UsageWriter {

    private static final String INSERT_ID = "insert into usage_event_id (id, received_at) values (?, ?) "
            + "on conflict do nothing";

    private static final String MERGE_DAILY = """
            merge into usage_daily d
            using (values (cast(? as uuid), cast(? as date), cast(? as varchar(32)), cast(? as varchar(16)),
                           cast(? as uuid), cast(? as numeric(28, 6)), cast(? as numeric(28, 6)), cast(? as bigint)))
                as s(key_id, usage_day, service, unit, account_id, quantity, cost, events)
            on d.key_id = s.key_id and d.usage_day = s.usage_day and d.service = s.service and d.unit = s.unit
            when matched then update set quantity = d.quantity + s.quantity, cost = d.cost + s.cost,
                                         events = d.events + s.events
            when not matched then insert (key_id, usage_day, service, unit, account_id, quantity, cost, events)
                values (s.key_id, s.usage_day, s.service, s.unit, s.account_id, s.quantity, s.cost, s.events)""";

    private final JdbcTemplate jdbc;
    private final ReentrantLock turn = new ReentrantLock();

    H2UsageWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public <T> T inTurn(Supplier<T> transaction) {
        turn.lock();
        try {
            return transaction.get();
        } finally {
            turn.unlock();
        }
    }

    @Override
    public Set<String> insertNewIds(List<String> sortedIds, Instant receivedAt) {
        Timestamp received = Timestamp.from(receivedAt);
        int[][] counts = jdbc.batchUpdate(INSERT_ID, sortedIds, sortedIds.size(), (statement, id) -> {
            statement.setString(1, id);
            statement.setTimestamp(2, received);
        });
        Set<String> inserted = new HashSet<>();
        int index = 0;
        for (int[] chunk : counts) {
            for (int count : chunk) {
                if (count > 0) {
                    inserted.add(sortedIds.get(index));
                }
                index++;
            }
        }
        return inserted;
    }

    @Override
    public void addToDailyTotals(List<Rollup> sortedRollups) {
        if (sortedRollups.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(MERGE_DAILY, sortedRollups, sortedRollups.size(), (statement, rollup) -> {
            statement.setObject(1, rollup.keyId());
            statement.setObject(2, rollup.day());
            statement.setString(3, rollup.service());
            statement.setString(4, rollup.unit());
            statement.setObject(5, rollup.accountId());
            statement.setBigDecimal(6, rollup.quantity());
            statement.setBigDecimal(7, rollup.cost());
            statement.setLong(8, rollup.events());
        });
    }
}
