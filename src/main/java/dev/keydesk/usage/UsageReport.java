package dev.keydesk.usage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * An account's usage over a period of UTC days (both ends included): the daily roll-up rows and the views of
 * them that the page shows. Every figure is an exact sum of the rows; nothing is rounded here.
 */
public record UsageReport(LocalDate from, LocalDate to, List<UsageRow> rows) {

    public UsageReport {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A report's period ends before it starts");
        }
        rows = List.copyOf(rows);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The same period, one key's rows only. */
    public UsageReport forKey(UUID keyId) {
        return new UsageReport(from, to, rows.stream().filter(row -> row.keyId().equals(keyId)).toList());
    }

    /** The keys that have usage in the period, by name (deleted ones included: their history stays). */
    public List<KeyRef> keys() {
        Map<UUID, KeyRef> keys = new LinkedHashMap<>();
        rows.forEach(row -> keys.putIfAbsent(row.keyId(), new KeyRef(row.keyId(), row.keyName(), row.keyDeleted())));
        return keys.values().stream().sorted(Comparator.comparing(KeyRef::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(KeyRef::id)).toList();
    }

    /** The period's totals per key, service and unit: the table, and the CSV. */
    public List<UsageLine> byKeyAndService() {
        Map<List<Object>, UsageLine> lines = new LinkedHashMap<>();
        for (UsageRow row : rows) {
            UsageLine line = new UsageLine(row.keyId(), row.keyName(), row.keyDeleted(), row.service(),
                    row.serviceLabel(), row.unit(), row.quantity(), row.cost());
            lines.merge(List.of(row.keyId(), row.service(), row.unit()), line, UsageLine::plus);
        }
        return lines.values().stream().sorted(Comparator.comparing(UsageLine::keyName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(UsageLine::keyId).thenComparing(UsageLine::serviceLabel)
                .thenComparing(UsageLine::unit)).toList();
    }

    /** Every day of the period (days without usage too), with its cost per service label: the chart. */
    public List<DailyCost> dailyCosts() {
        Map<LocalDate, Map<String, BigDecimal>> days = new TreeMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.put(day, new TreeMap<>());
        }
        for (UsageRow row : rows) {
            days.computeIfAbsent(row.date(), d -> new TreeMap<>()).merge(row.serviceLabel(), row.cost(),
                    BigDecimal::add);
        }
        List<DailyCost> daily = new ArrayList<>();
        days.forEach((day, byService) -> daily.add(new DailyCost(day, byService)));
        return daily;
    }

    /** The service labels that occur, in a fixed order, so colours stay put when the filter changes. */
    public List<String> serviceLabels() {
        return rows.stream().map(UsageRow::serviceLabel).distinct().sorted().toList();
    }

    public BigDecimal totalCost() {
        return rows.stream().map(UsageRow::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public record KeyRef(UUID id, String name, boolean deleted) {
    }

    /** One line of the table: a key's use of one service in one unit over the period. */
    public record UsageLine(UUID keyId, String keyName, boolean keyDeleted, String service, String serviceLabel,
            String unit, BigDecimal quantity, BigDecimal cost) {

        UsageLine plus(UsageLine other) {
            return new UsageLine(keyId, keyName, keyDeleted, service, serviceLabel, unit,
                    quantity.add(other.quantity), cost.add(other.cost));
        }
    }

    /** One day's cost by service label; {@link #total()} is the bar's height. */
    public record DailyCost(LocalDate day, Map<String, BigDecimal> byService) {

        public DailyCost {
            byService = Map.copyOf(byService);
        }

        public BigDecimal total() {
            return byService.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }
}
