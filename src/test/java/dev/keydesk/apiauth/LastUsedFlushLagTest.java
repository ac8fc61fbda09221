package dev.keydesk.apiauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The gauges an operator alerts on when "last used" cannot be written (docs/operations.md). */
class LastUsedFlushLagTest {

    private final MovingClock clock = new MovingClock();
    private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final LastUsedRecorder recorder = new LastUsedRecorder(jdbc, clock, registry,
            new LastUsedProperties(Duration.ofMinutes(1)));

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }

    @Test
    void while_flushes_fail_the_lag_grows_and_the_pending_keys_stay_until_a_flush_succeeds() {
        when(jdbc.batchUpdate(anyString(), anyList()))
                .thenThrow(new CannotGetJdbcConnectionException("database down"))
                .thenReturn(new int[] {1, 1});
        recorder.record(UUID.randomUUID());
        recorder.record(UUID.randomUUID());

        clock.advance(Duration.ofSeconds(60));
        recorder.flush();
        clock.advance(Duration.ofSeconds(60));

        assertThat(gauge("keydesk.last.used.flush.lag")).isEqualTo(120.0);
        assertThat(gauge("keydesk.last.used.pending")).isEqualTo(2.0);

        recorder.flush();

        assertThat(gauge("keydesk.last.used.flush.lag")).isZero();
        assertThat(gauge("keydesk.last.used.pending")).isZero();
    }

    @Test
    void an_idle_node_has_no_lag_after_each_flush() {
        clock.advance(Duration.ofSeconds(90));
        recorder.flush();

        assertThat(gauge("keydesk.last.used.flush.lag")).isZero();
    }

    private static final class MovingClock extends Clock {

        private Instant now = Instant.parse("2026-12-01T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
