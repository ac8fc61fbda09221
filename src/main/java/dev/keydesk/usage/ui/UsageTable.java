package dev.keydesk.usage.ui;

import java.math.BigDecimal;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableFooter;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import dev.keydesk.usage.UsageReport;
import dev.keydesk.usage.UsageReport.UsageLine;

/**
 * The period's usage per key, service and unit, with the total cost: an HTML table, so screen readers get the
 * chart's figures as text. Amounts are exact (up to 6 decimals), the same as in the CSV.
 */
final class UsageTable extends Div {

    UsageTable() {
        addClassName("usage-table-wrap");
    }

    void show(UsageReport report, String caption) {
        removeAll();
        NativeTable table = new NativeTable();
        table.addClassName("usage-table");
        NativeTableCaption tableCaption = new NativeTableCaption();
        tableCaption.setText(caption);
        table.add(tableCaption);
        NativeTableHeader head = new NativeTableHeader();
        head.addRow().add(headerCell(UsageTexts.t("usage.table.key")), headerCell(UsageTexts.t("usage.table.service")),
                numericHeader(UsageTexts.t("usage.table.quantity")), headerCell(UsageTexts.t("usage.table.unit")),
                numericHeader(UsageTexts.t("usage.table.cost")));
        table.add(head);
        NativeTableBody body = new NativeTableBody();
        for (UsageLine line : report.byKeyAndService()) {
            NativeTableRow row = new NativeTableRow();
            NativeTableCell key = new NativeTableCell(line.keyDeleted()
                    ? UsageTexts.t("usage.key.deleted", line.keyName()) : line.keyName());
            key.addClassName("usage-key-name");
            row.add(key, new NativeTableCell(UsageTexts.service(line.service())),
                    numeric(UsageTexts.quantity(line.quantity())), new NativeTableCell(UsageTexts.unit(line.unit())),
                    numeric(UsageTexts.exactCost(line.cost())));
            body.add(row);
        }
        table.add(body);
        NativeTableFooter foot = new NativeTableFooter();
        NativeTableHeaderCell total = new NativeTableHeaderCell(UsageTexts.t("usage.table.total"));
        total.getElement().setAttribute("colspan", "4");
        total.getElement().setAttribute("scope", "row");
        foot.addRow().add(total, numeric(UsageTexts.exactCost(report.totalCost())));
        table.add(foot);
        add(table);
    }

    /** The cost as the CSV writes it: {@code 1234.5678}, at least two decimals. */
    static String plainCost(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return (stripped.scale() < 2 ? stripped.setScale(2) : stripped).toPlainString();
    }

    private static NativeTableHeaderCell headerCell(String text) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", "col");
        return cell;
    }

    private static NativeTableHeaderCell numericHeader(String text) {
        NativeTableHeaderCell cell = headerCell(text);
        cell.addClassName("numeric");
        return cell;
    }

    private static NativeTableCell numeric(String text) {
        NativeTableCell cell = new NativeTableCell(text);
        cell.addClassName("numeric");
        return cell;
    }
}
