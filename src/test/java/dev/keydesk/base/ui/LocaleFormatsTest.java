package dev.keydesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import dev.keydesk.base.i18n.Languages;
import org.junit.jupiter.api.Test;

/** Money, dates and relative times as each language writes them (issue 13: 1.234,56 in pt-BR). */
class LocaleFormatsTest {

    private static final Instant NOV_26 = Instant.parse("2026-11-26T16:45:00Z");
    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");

    @Test
    void dollars_read_with_comma_thousands_in_english_and_dot_thousands_in_portuguese() {
        BigDecimal amount = new BigDecimal("1234.565");

        assertThat(Money.usd(amount, Languages.ENGLISH)).isEqualTo("$1,234.57");
        assertThat(Money.usd(amount, Languages.BRAZILIAN_PORTUGUESE)).isEqualTo("US$\u00a01.234,57");
    }

    @Test
    void without_a_page_amounts_read_in_english() {
        assertThat(Money.usd(new BigDecimal("0.5"))).isEqualTo("$0.50");
    }

    @Test
    void dates_read_as_each_language_writes_them() {
        assertThat(Times.absoluteText(NOV_26, Languages.ENGLISH, SAO_PAULO)).isEqualTo("Nov 26, 2026, 1:45\u202fPM");
        assertThat(Times.absoluteText(NOV_26, Languages.BRAZILIAN_PORTUGUESE, SAO_PAULO))
                .isEqualTo("26 de nov. de 2026 13:45");
    }

    @Test
    void relative_times_read_in_portuguese_under_pt_br() {
        Instant threeMinutesAgo = Instant.now().minus(3, ChronoUnit.MINUTES);

        assertThat(Times.relativeText(threeMinutesAgo, Languages.BRAZILIAN_PORTUGUESE)).isEqualTo("3 minutos atrás");
    }
}
