package dev.keydesk.usage;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The usage tables in plain SQL. Reads go to the daily roll-ups only, never to events; key names come from
 * api_key, whose id, name and account never change meaning (keys are soft-deleted, so history keeps its names).
 */
@Repository
class UsageQueries {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    UsageQueries(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** The account of each key id that Keydesk ever issued (deleted and expired keys included). */
    Map<UUID, UUID> accountsOfKeys(List<UUID> keyIds) {
        Map<UUID, UUID> accounts = new HashMap<>();
        if (keyIds.isEmpty()) {
            return accounts;
        }
        // One array parameter instead of up to 1,000 placeholders: one statement text, parsed once per connection.
        return template.execute((ConnectionCallback<Map<UUID, UUID>>) connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select id, account_id from api_key where id = any(?)")) {
                select.setArray(1, connection.createArrayOf("uuid", keyIds.toArray()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        accounts.put(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class));
                    }
                }
            }
            return accounts;
        });
    }

    /** Each key's cost from {@code from} on: one indexed query for a whole page of keys. */
    Map<UUID, BigDecimal> costsByKey(UUID accountId, LocalDate from) {
        Map<UUID, BigDecimal> costs = new HashMap<>();
        jdbc.sql("""
                        select key_id, sum(cost) from usage_daily
                        where account_id = ? and usage_day >= ?
                        group by key_id""")
                .params(accountId, from)
                .query(rs -> {
                    costs.put(rs.getObject(1, UUID.class), rs.getBigDecimal(2));
                });
        return costs;
    }

    /** The account's roll-up rows of the days {@code from} to {@code to}, both included. */
    List<UsageRow> daily(UUID accountId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select d.usage_day, d.key_id, k.name, k.status, d.service, d.unit, d.quantity, d.cost
                        from usage_daily d join api_key k on k.id = d.key_id
                        where d.account_id = ? and d.usage_day between ? and ?
                        order by d.usage_day, k.name, d.key_id, d.service, d.unit""")
                .params(accountId, from, to)
                .query((rs, row) -> new UsageRow(rs.getObject(1, LocalDate.class), rs.getObject(2, UUID.class),
                        rs.getString(3), "DELETED".equals(rs.getString(4)), rs.getString(5), rs.getString(6),
                        rs.getBigDecimal(7), rs.getBigDecimal(8)))
                .list();
    }

    /**
     * Deletes at most {@code limit} event ids received before {@code before}; returns how many. Safe on every
     * node at once: nodes that pick the same rows delete each row once, and the others' rows just vanish.
     */
    int pruneIds(Instant before, int limit) {
        return jdbc.sql("""
                        delete from usage_event_id where id in (
                            select id from usage_event_id where received_at < ? fetch first ? rows only)""")
                .params(Timestamp.from(before), limit)
                .update();
    }

    boolean anyUsage() {
        return jdbc.sql("select count(*) > 0 from (select 1 from usage_daily fetch first 1 rows only) t")
                .query(Boolean.class).single();
    }
}
