package dev.keydesk.usage.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

import dev.keydesk.base.ui.Money;
import dev.keydesk.usage.UsageReport;
import dev.keydesk.usage.UsageReport.DailyCost;

/**
 * The daily cost as an SVG bar chart, stacked by service, drawn on the server (no frontend bundle needed).
 * Two layouts share the code: a wide one and a narrow one for phones, because text in an SVG scales with it.
 * Every text that reaches the markup goes through {@link #xml}; the table beside it is the text alternative.
 */
final class UsageChart {

    static final List<String> COLOURS = List.of("#1a73e8", "#12a06c", "#e8890c", "#8e59d9", "#d93f4c", "#0f9bb0");

    private final int width;
    private final int height;
    private final int left;
    private final int fontSize;
    private final int labelEvery;

    private UsageChart(int width, int height, int left, int fontSize, int labelEvery) {
        this.width = width;
        this.height = height;
        this.left = left;
        this.fontSize = fontSize;
        this.labelEvery = labelEvery;
    }

    static UsageChart wide() {
        return new UsageChart(760, 260, 64, 12, 5);
    }

    static UsageChart narrow() {
        return new UsageChart(360, 230, 52, 13, 10);
    }

    String svg(UsageReport report, String description) {
        List<DailyCost> days = report.dailyCosts();
        List<String> services = report.serviceLabels();
        BigDecimal max = niceCeiling(days.stream().map(DailyCost::total).max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO));
        int top = 14;
        int bottom = height - 28;
        int plotHeight = bottom - top;
        double slot = (double) (width - left - 8) / days.size();
        double barWidth = Math.max(2, slot * 0.68);
        StringBuilder svg = new StringBuilder(8192);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(xml(description)).append("\" font-family=\"inherit\" ")
                .append("font-size=\"").append(fontSize).append("\">");
        for (int step = 0; step <= 4; step++) {
            BigDecimal value = max.multiply(BigDecimal.valueOf(step)).divide(BigDecimal.valueOf(4), 6, RoundingMode.HALF_UP);
            double y = bottom - plotHeight * step / 4.0;
            svg.append("<line x1=\"").append(left).append("\" x2=\"").append(width - 4).append("\" y1=\"")
                    .append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\" class=\"")
                    .append(step == 0 ? "usage-axis" : "usage-gridline").append("\" stroke-width=\"1\"/>");
            svg.append("<text x=\"").append(left - 6).append("\" y=\"").append(fmt(y + fontSize / 3.0))
                    .append("\" text-anchor=\"end\" class=\"usage-axis-label\">").append(xml(axisLabel(value)))
                    .append("</text>");
        }
        for (int i = 0; i < days.size(); i++) {
            DailyCost day = days.get(i);
            double x = left + slot * i + (slot - barWidth) / 2;
            svg.append("<g><title>").append(xml(UsageTexts.shortDay(day.day()) + ": " + Money.usd(day.total())))
                    .append("</title>");
            double y = bottom;
            for (int s = 0; s < services.size(); s++) {
                BigDecimal cost = day.byService().getOrDefault(services.get(s), BigDecimal.ZERO);
                if (cost.signum() == 0 || max.signum() == 0) {
                    continue;
                }
                double h = cost.doubleValue() / max.doubleValue() * plotHeight;
                y -= h;
                svg.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" width=\"")
                        .append(fmt(barWidth)).append("\" height=\"").append(fmt(Math.max(h, 0.5)))
                        .append("\" fill=\"").append(COLOURS.get(s % COLOURS.size())).append("\"><title>")
                        .append(xml(UsageTexts.shortDay(day.day()) + " \u00b7 " + UsageTexts.service(services.get(s))
                                + ": " + Money.usd(cost)))
                        .append("</title></rect>");
            }
            svg.append("</g>");
            if ((days.size() - 1 - i) % labelEvery == 0) {
                // The last day's label ends at its bar, so it never runs off the right edge.
                boolean last = i == days.size() - 1;
                svg.append("<text x=\"").append(fmt(last ? x + barWidth : x + barWidth / 2)).append("\" y=\"")
                        .append(height - 8).append("\" text-anchor=\"").append(last ? "end" : "middle")
                        .append("\" class=\"usage-axis-label\">").append(xml(UsageTexts.shortDay(day.day())))
                        .append("</text>");
            }
        }
        return svg.append("</svg>").toString();
    }

    /** The smallest of 1, 2, 2.5, 5 times a power of ten that is at least the value (a cent at the least). */
    static BigDecimal niceCeiling(BigDecimal value) {
        BigDecimal step = new BigDecimal("0.01");
        while (true) {
            for (String factor : List.of("1", "2", "2.5", "5")) {
                BigDecimal candidate = step.multiply(new BigDecimal(factor));
                if (candidate.compareTo(value) >= 0) {
                    return candidate;
                }
            }
            step = step.multiply(BigDecimal.TEN);
        }
    }

    private static String axisLabel(BigDecimal value) {
        if (value.compareTo(new BigDecimal("1000")) >= 0) {
            return UsageTexts.t("usage.chart.thousands",
                    UsageTexts.quantity(value.divide(new BigDecimal("1000"), 1, RoundingMode.HALF_UP)));
        }
        return Money.usd(value);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Escapes text for SVG content and attribute values. */
    static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\t' && c != '\n' ? ' ' : c);
            }
        }
        return out.toString();
    }
}
