package dev.keydesk.base.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Date;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import dev.keydesk.base.i18n.Languages;
import org.jspecify.annotations.Nullable;
import org.ocpsoft.prettytime.PrettyTime;

/**
 * Times as people read them: in the UI's language (dates as Brazilians write them under pt-BR) and the
 * browser's time zone, with the exact UTC time on hover. Relative times ("3 minutes ago", "há 3 minutos")
 * come from PrettyTime in the same language.
 */
public final class Times {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Times() {
    }

    /** An absolute time, e.g. "Nov 26, 2026, 1:45 PM". */
    public static Span absolute(Instant instant) {
        return withExactTime(absoluteText(instant, locale(), browserZone()), instant);
    }

    /** "Nov 26, 2026, 1:45 PM" in English, "26 de nov. de 2026 13:45" in Brazilian Portuguese. */
    static String absoluteText(Instant instant, Locale locale, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(instant);
    }

    /** "3 minutes ago", "há 3 minutos". */
    static String relativeText(Instant instant, Locale locale) {
        return new PrettyTime(locale).format(Date.from(instant));
    }

    /** A relative time, e.g. "3 minutes ago", or the given text when there is no time. */
    public static Span relative(@Nullable Instant instant, String whenNever) {
        if (instant == null) {
            return new Span(whenNever);
        }
        return withExactTime(relativeText(instant, locale()), instant);
    }

    /**
     * A time of day for a moment within the next days, e.g. "14:32" today, or "Dec 3, 2026, 14:32" on
     * another day; in the browser's time zone, exact UTC time on hover.
     */
    public static Span timeOfDay(Instant instant, Instant now) {
        ZoneId zone = browserZone();
        boolean today = instant.atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate());
        DateTimeFormatter format = today
                ? DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);
        return withExactTime(format.withLocale(locale()).withZone(zone).format(instant), instant);
    }

    public static String utc(Instant instant) {
        return UTC.format(instant);
    }

    private static Span withExactTime(String text, Instant instant) {
        Span span = new Span(text);
        span.getElement().setAttribute("title", utc(instant));
        return span;
    }

    static ZoneId browserZone() {
        UI ui = UI.getCurrent();
        ExtendedClientDetails details = ui == null ? null : ui.getPage().getExtendedClientDetails();
        String zone = details == null ? null : details.getTimeZoneId();
        try {
            return zone == null || zone.isBlank() ? ZoneOffset.UTC : ZoneId.of(zone);
        } catch (RuntimeException unknownZone) {
            return ZoneOffset.UTC;
        }
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Languages.ENGLISH : Languages.supported(ui.getLocale());
    }
}
