package dev.keydesk.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Expiration arithmetic: whole days in UTC, ending at the next day's 00:00:00Z, whatever the local clocks do. */
class ExpirationTest {

    @Test
    void a_preset_expires_at_the_end_of_the_day_so_many_days_from_today_in_utc() {
        Instant now = Instant.parse("2026-12-01T15:30:00Z");
        assertThat(Expiration.DAYS_7.expiresAt(null, now)).isEqualTo(Instant.parse("2026-12-09T00:00:00Z"));
        assertThat(Expiration.DAYS_30.expiresAt(null, now)).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
    }

    @Test
    void just_before_midnight_utc_counts_from_that_day_and_just_after_from_the_next() {
        assertThat(Expiration.DAYS_7.expiresAt(null, Instant.parse("2026-12-01T23:59:59.999Z")))
                .isEqualTo(Instant.parse("2026-12-09T00:00:00Z"));
        assertThat(Expiration.DAYS_7.expiresAt(null, Instant.parse("2026-12-02T00:00:00Z")))
                .isEqualTo(Instant.parse("2026-12-10T00:00:00Z"));
    }

    @Test
    void days_across_a_daylight_saving_change_are_24_hours_each() {
        // Europe and the US leave summer time on 2026-10-25 and 2026-11-01; UTC does not.
        Instant before = Instant.parse("2026-10-20T00:00:00Z");
        Instant expires = Expiration.DAYS_30.expiresAt(null, before);
        assertThat(Duration.between(before, expires)).isEqualTo(Duration.ofDays(31));
        assertThat(expires).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
    }

    @Test
    void a_leap_day_is_a_day_like_any_other() {
        assertThat(Expiration.CUSTOM.expiresAt(LocalDate.of(2028, 2, 29), Instant.parse("2028-02-01T00:00:00Z")))
                .isEqualTo(Instant.parse("2028-03-01T00:00:00Z"));
    }

    @Test
    void a_custom_date_must_be_after_today_in_utc() {
        Instant now = Instant.parse("2026-12-01T23:00:00Z");
        assertThatExceptionOfType(InvalidExpirationException.class)
                .isThrownBy(() -> Expiration.CUSTOM.expiresAt(LocalDate.of(2026, 12, 1), now))
                .withMessageContaining("after today");
        assertThatExceptionOfType(InvalidExpirationException.class)
                .isThrownBy(() -> Expiration.CUSTOM.expiresAt(LocalDate.of(2026, 11, 30), now));
        assertThatExceptionOfType(InvalidExpirationException.class)
                .isThrownBy(() -> Expiration.CUSTOM.expiresAt(null, now))
                .withMessage("Choose the day the key expires.");
        assertThat(Expiration.CUSTOM.expiresAt(LocalDate.of(2026, 12, 2), now))
                .isEqualTo(Instant.parse("2026-12-03T00:00:00Z"));
    }

    @Test
    void no_expiration_is_never() {
        assertThat(Expiration.NEVER.expiresAt(LocalDate.of(2030, 1, 1), Instant.now())).isNull();
    }

    @Test
    void remaining_time_counts_down_to_expired_at_the_exact_instant() {
        Instant expires = Instant.parse("2026-12-10T00:00:00Z");
        assertThat(Expiration.remaining(expires, expires.minus(Duration.ofDays(5)))).isEqualTo("in 5 days");
        assertThat(Expiration.remaining(expires, expires.minus(Duration.ofHours(30)))).isEqualTo("in 1 day");
        assertThat(Expiration.remaining(expires, expires.minus(Duration.ofHours(3)))).isEqualTo("in 3 hours");
        assertThat(Expiration.remaining(expires, expires.minusSeconds(30))).isEqualTo("in 1 minute");
        assertThat(Expiration.remaining(expires, expires)).isEqualTo("Expired");
        assertThat(Expiration.remaining(expires, expires.plusSeconds(1))).isEqualTo("Expired");
    }
}
