package dev.keydesk.usage;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL: one statement per step, whatever the batch size: the ids and the roll-ups travel as arrays
 * ({@code unnest}), {@code ON CONFLICT DO NOTHING RETURNING} tells which ids are new, and
 * {@code ON CONFLICT DO UPDATE} adds to existing totals. A concurrent insert of the same id waits for the
 * other transaction and then counts as a conflict: exactly once without a check-then-insert race.
 */
final class PostgresUsageWriter implements UsageWriter {

    private static final String INSERT_IDS = """
            insert into usage_event_id (id, received_at)
            select t.id, ? from unnest(?::varchar[]) as t(id) order by t.id
            on conflict (id) do nothing
            returning id""";

    private static final String UPSERT_DAILY = """
            insert into usage_daily (key_id, usage_day, service, unit, account_id, quantity, cost, events)
            select * from unnest(?::uuid[], ?::date[], ?::varchar[], ?::varchar[], ?::uuid[], ?::numeric[],
                                 ?::numeric[], ?::bigint[])
                as t(key_id, usage_day, service, unit, account_id, quantity, cost, events)
            order by key_id, usage_day, service, unit
            on conflict (key_id, usage_day, service, unit) do update
            set quantity = usage_daily.quantity + excluded.quantity,
                cost = usage_daily.cost + excluded.cost,
                events = usage_daily.events + excluded.events""";

    private final JdbcTemplate jdbc;

    PostgresUsageWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> insertNewIds(List<String> sortedIds, Instant receivedAt) {
        return jdbc.execute((ConnectionCallback<Set<String>>) connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_IDS)) {
                insert.setTimestamp(1, Timestamp.from(receivedAt));
                insert.setArray(2, connection.createArrayOf("varchar", sortedIds.toArray()));
                Set<String> inserted = new HashSet<>();
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        inserted.add(rows.getString(1));
                    }
                }
                return inserted;
            }
        });
    }

    @Override
    public void addToDailyTotals(List<Rollup> sortedRollups) {
        if (sortedRollups.isEmpty()) {
            return;
        }
        jdbc.execute((ConnectionCallback<Integer>) connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT_DAILY)) {
                upsert.setArray(1, array(connection, "uuid", sortedRollups, Rollup::keyId));
                upsert.setArray(2, array(connection, "date", sortedRollups, r -> Date.valueOf(r.day())));
                upsert.setArray(3, array(connection, "varchar", sortedRollups, Rollup::service));
                upsert.setArray(4, array(connection, "varchar", sortedRollups, Rollup::unit));
                upsert.setArray(5, array(connection, "uuid", sortedRollups, Rollup::accountId));
                upsert.setArray(6, array(connection, "numeric", sortedRollups, Rollup::quantity));
                upsert.setArray(7, array(connection, "numeric", sortedRollups, Rollup::cost));
                upsert.setArray(8, array(connection, "bigint", sortedRollups, Rollup::events));
                return upsert.executeUpdate();
            }
        });
    }

    private static Array array(Connection connection, String type, List<Rollup> rollups,
            Function<Rollup, Object> column) throws SQLException {
        return connection.createArrayOf(type, rollups.stream().map(column).toArray());
    }
}
