package dev.keydesk.base.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import dev.keydesk.base.i18n.Languages;

/**
 * Amounts in USD as the pages show them, rounded half up to cents from exact decimals, in the reader's
 * language: {@code $1,234.57} in English, {@code US$ 1.234,57} in Brazilian Portuguese (how Brazilians
 * write dollars, so they are never mistaken for reais).
 */
public final class Money {

    private Money() {
    }

    /** In the current UI's language (English without a UI). */
    public static String usd(BigDecimal amount) {
        UI ui = UI.getCurrent();
        return usd(amount, ui == null ? Languages.ENGLISH : ui.getLocale());
    }

    public static String usd(BigDecimal amount, Locale locale) {
        boolean portuguese = Languages.BRAZILIAN_PORTUGUESE.equals(Languages.supported(locale));
        DecimalFormat format = portuguese
                ? new DecimalFormat("US$\u00a0#,##0.00", DecimalFormatSymbols.getInstance(Languages.BRAZILIAN_PORTUGUESE))
                : new DecimalFormat("$#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount);
    }
}
