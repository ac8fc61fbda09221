package dev.keydesk.usage.ui;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import dev.keydesk.apikey.PlatformService;
import dev.keydesk.apikey.ui.KeyTexts;

/**
 * The usage pages' words, dates and exact amounts in the reader's language (section "Usage" of the
 * translation files). The report keeps wire names and English labels; only what the page shows is translated.
 */
final class UsageTexts {

    private UsageTexts() {
    }

    static String t(String key, Object... arguments) {
        return I18NProvider.translate(key, arguments);
    }

    static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    static boolean portuguese() {
        return "pt".equals(locale().getLanguage());
    }

    /** A service by its wire name ("text-generation") or English label ("Text generation"). */
    static String service(String nameOrLabel) {
        return Arrays.stream(PlatformService.values())
                .filter(service -> service.apiName().equals(nameOrLabel) || service.label().equals(nameOrLabel))
                .findFirst().map(KeyTexts::service).orElse(nameOrLabel);
    }

    /** A unit by its wire name ("tokens"); an unknown one is shown as it is. */
    static String unit(String unit) {
        String key = "usage.unit." + unit;
        String translated = t(key);
        return translated.contains(key) ? unit : translated;
    }

    /** "Nov 3, 2026" / "3 de nov. de 2026". */
    static String day(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(day);
    }

    /** The chart's short day label: "Nov 3" / "3 nov". */
    static String shortDay(LocalDate day) {
        return DateTimeFormatter.ofPattern(t("usage.chart.day-pattern"), locale()).format(day);
    }

    /** {@code $1,234.5678} / {@code US$ 1.234,5678}: at least cents, at most the 6 stored decimals. */
    static String exactCost(BigDecimal amount) {
        return format(portuguese() ? "US$\u00a0#,##0.00####" : "$#,##0.00####").format(amount);
    }

    static String quantity(BigDecimal amount) {
        return format("#,##0.######").format(amount);
    }

    private static DecimalFormat format(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(
                portuguese() ? Locale.forLanguageTag("pt-BR") : Locale.US));
        format.setParseBigDecimal(true);
        return format;
    }
}
