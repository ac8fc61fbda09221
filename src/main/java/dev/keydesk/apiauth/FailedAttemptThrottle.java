package dev.keydesk.apiauth;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.keydesk.base.web.ApiError;
import dev.keydesk.base.web.ApiErrorWriter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

/**
 * Counts failed key and service-token checks per client address in one-minute windows. Entries live
 * in a size-bounded Caffeine cache, so memory stays bounded however many addresses an attacker uses
 * (the least useful entries are evicted first). Everything here is in memory and per node: the
 * throttle protects the database, so it must not cost a database round trip itself.
 */
@Component
class FailedAttemptThrottle {

    static final Duration WINDOW = Duration.ofMinutes(1);
    static final ApiError RATE_LIMITED = new ApiError("rate_limited",
            "Too many failed attempts from this address. Wait for the time in Retry-After, then try again.");

    private final Cache<String, Window> windows;
    private final int limit;
    private final Clock clock;

    FailedAttemptThrottle(ApiProperties properties, Clock clock) {
        this.limit = properties.failedAttemptsPerMinute();
        this.clock = clock;
        this.windows = Caffeine.newBuilder()
                .maximumSize(properties.throttleMaxAddresses())
                .expireAfterWrite(WINDOW)
                .build();
    }

    /** How long the address must wait, if it has used up its failed attempts for this window. */
    Optional<Duration> blocked(String address) {
        Window window = windows.getIfPresent(address);
        if (window == null || window.failures.get() < limit) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), window.start.plus(WINDOW));
        return Optional.of(left.isNegative() ? Duration.ZERO : left);
    }

    void recordFailure(String address) {
        windows.get(address, any -> new Window(clock.instant())).failures.incrementAndGet();
    }

    /** Answers 429 with the seconds to wait (at least 1) in {@code Retry-After}. */
    static void refuse(HttpServletResponse response, Duration retryAfter, ApiErrorWriter errors) throws IOException {
        long seconds = Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
        response.setHeader("Retry-After", Long.toString(seconds));
        errors.write(response, 429, RATE_LIMITED);
    }

    /** The number of addresses held right now (after pending evictions); for tests and diagnostics. */
    long trackedAddresses() {
        windows.cleanUp();
        return windows.estimatedSize();
    }

    /** A window starts at an address's first failure and is dropped by the cache a minute later. */
    private record Window(Instant start, AtomicInteger failures) {
        Window(Instant start) {
            this(start, new AtomicInteger());
        }
    }
}
