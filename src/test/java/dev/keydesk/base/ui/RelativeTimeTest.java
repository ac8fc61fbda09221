package dev.keydesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

/** The "Last used" column: relative text, the exact UTC time on hover, "Never" without a time. */
class RelativeTimeTest {

    @Test
    void a_time_reads_relative_with_the_exact_utc_time_on_hover() {
        Instant threeMinutesAgo = Instant.now().minus(3, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        Span span = Times.relative(threeMinutesAgo, "Never");
        assertThat(span.getText()).isEqualTo("3 minutes ago");
        assertThat(span.getElement().getAttribute("title")).isEqualTo(Times.utc(threeMinutesAgo))
                .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC");
    }

    @Test
    void no_time_reads_never() {
        Span span = Times.relative(null, "Never");
        assertThat(span.getText()).isEqualTo("Never");
        assertThat(span.getElement().hasAttribute("title")).isFalse();
    }
}
