package dev.keydesk.usage.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.keydesk.base.ui.Money;
import dev.keydesk.usage.UsageReport;
import dev.keydesk.usage.UsageReport.KeyRef;
import org.jspecify.annotations.Nullable;

/**
 * An account's usage of the last 30 days: a "Key" filter, the daily cost as a chart, the table by key and
 * service, and "Download CSV" of that table. Shared by the customer's Usage page and the support console.
 * The report is read once; filtering works on it in memory.
 */
public class UsagePanel extends Div {

    private final UsageReport report;
    private final Select<KeyRef> keyFilter = new Select<>();
    private final Paragraph summary = new Paragraph();
    private final UnorderedList legend = new UnorderedList();
    private final Svg wideChart = new Svg();
    private final Svg narrowChart = new Svg();
    private final UsageTable table = new UsageTable();
    private UsageReport shown;

    public UsagePanel(UsageReport report) {
        this.report = report;
        this.shown = report;
        addClassName("usage-panel");
        if (report.isEmpty()) {
            add(emptyState());
            return;
        }
        keyFilter.setLabel(UsageTexts.t("usage.filter.key"));
        keyFilter.setItems(report.keys());
        keyFilter.setEmptySelectionAllowed(true);
        keyFilter.setEmptySelectionCaption(UsageTexts.t("usage.filter.all"));
        keyFilter.setItemLabelGenerator(key -> key == null ? UsageTexts.t("usage.filter.all")
                : key.deleted() ? UsageTexts.t("usage.key.deleted", key.name()) : key.name());
        keyFilter.addValueChangeListener(change -> show(change.getValue()));
        keyFilter.addClassName("usage-key-filter");

        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = csv().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(csv), fileName(), "text/csv", csv.length);
        }), AttachmentType.DOWNLOAD, "");
        download.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(UsageTexts.t("usage.download")));
        download.addClassName("usage-download");

        Div toolbar = new Div(keyFilter, download);
        toolbar.addClassName("usage-toolbar");
        summary.addClassName("usage-summary");
        legend.addClassName("usage-legend");
        wideChart.addClassNames("usage-chart", "usage-chart-wide");
        narrowChart.addClassNames("usage-chart", "usage-chart-narrow");
        Div chart = new Div(new H2(UsageTexts.t("usage.chart.title")), legend, wideChart, narrowChart);
        chart.addClassName("usage-chart-card");
        add(toolbar, summary, chart, new H2(UsageTexts.t("usage.table.title")), table);
        show(null);
    }

    private void show(@Nullable KeyRef key) {
        shown = key == null ? report : report.forKey(key.id());
        String scope = key == null ? UsageTexts.t("usage.scope.all") : UsageTexts.t("usage.scope.key", key.name());
        String period = UsageTexts.t("usage.period", UsageTexts.day(shown.from()), UsageTexts.day(shown.to()));
        String total = Money.usd(shown.totalCost());
        summary.setText(UsageTexts.t("usage.summary", total, scope, period));
        String description = UsageTexts.t("usage.chart.description", scope, period, total);
        wideChart.setSvg(UsageChart.wide().svg(shown, description));
        narrowChart.setSvg(UsageChart.narrow().svg(shown, description));
        legend.removeAll();
        List<String> services = shown.serviceLabels();
        for (int i = 0; i < services.size(); i++) {
            Span swatch = new Span();
            swatch.addClassName("usage-swatch");
            swatch.getStyle().set("background", UsageChart.COLOURS.get(i % UsageChart.COLOURS.size()));
            legend.add(new ListItem(swatch, new Span(UsageTexts.service(services.get(i)))));
        }
        table.show(shown, UsageTexts.t("usage.table.caption", period));
    }

    private String fileName() {
        return "keydesk-usage-" + shown.from() + "-to-" + shown.to() + ".csv";
    }

    /** What the download delivers for the current filter (the same text the handler streams). */
    String csv() {
        return UsageCsv.of(shown);
    }

    private static Div emptyState() {
        Div empty = new Div(VaadinIcon.CHART.create(), new H2(UsageTexts.t("usage.empty.title")),
                new Paragraph(UsageTexts.t("usage.empty.text")));
        empty.addClassName("empty-state");
        return empty;
    }
}
