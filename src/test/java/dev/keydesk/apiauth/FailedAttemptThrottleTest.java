package dev.keydesk.apiauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class FailedAttemptThrottleTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void an_address_is_blocked_once_it_has_used_up_its_failed_attempts() {
        FailedAttemptThrottle throttle = throttle(3, 100);
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.blocked("192.0.2.1")).isEmpty();
            throttle.recordFailure("192.0.2.1");
        }
        assertThat(throttle.blocked("192.0.2.1")).contains(Duration.ofMinutes(1));
        assertThat(throttle.blocked("192.0.2.2")).isEmpty();
    }

    @Test
    void memory_stays_bounded_with_100000_distinct_addresses() {
        FailedAttemptThrottle throttle = throttle(30, 10_000);
        for (int i = 0; i < 100_000; i++) {
            throttle.recordFailure("198.51." + (i >> 8 & 0xff) + "." + (i & 0xff) + "/" + i);
        }
        assertThat(throttle.trackedAddresses()).isLessThanOrEqualTo(10_000);
    }

    private static FailedAttemptThrottle throttle(int limit, int maxAddresses) {
        return new FailedAttemptThrottle(new ApiProperties(List.of(), limit, maxAddresses, DataSize.ofKilobytes(8)),
                CLOCK);
    }
}
