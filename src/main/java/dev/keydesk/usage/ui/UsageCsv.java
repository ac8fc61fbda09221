package dev.keydesk.usage.ui;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.keydesk.usage.UsageReport;
import dev.keydesk.usage.UsageReport.UsageLine;

/**
 * The table as CSV (RFC 4180): a header row, ISO dates, '.' decimals, exact amounts. Key names come from
 * customers, so a cell that a spreadsheet would run as a formula (= + - @, tab, carriage return first) gets
 * a leading apostrophe.
 */
final class UsageCsv {

    static final List<String> HEADER = List.of("from", "to", "key", "key_id", "service", "unit", "quantity",
            "cost_usd");

    private UsageCsv() {
    }

    static String of(UsageReport report) {
        StringBuilder csv = new StringBuilder();
        line(csv, HEADER.stream());
        for (UsageLine line : report.byKeyAndService()) {
            line(csv, Stream.of(report.from().toString(), report.to().toString(), line.keyName(),
                    line.keyId().toString(), line.serviceLabel(), line.unit(),
                    line.quantity().stripTrailingZeros().toPlainString(), UsageTable.plainCost(line.cost())));
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, Stream<String> cells) {
        csv.append(cells.map(UsageCsv::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
