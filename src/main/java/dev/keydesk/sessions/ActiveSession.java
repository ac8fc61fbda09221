package dev.keydesk.sessions;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One of a person's signed-in sessions, as the Security page lists it. */
public record ActiveSession(UUID id, Instant createdAt, Instant lastSeenAt, @Nullable String clientAddress,
        @Nullable String userAgent, boolean current) {

    public Optional<Browser> browser() {
        return Browser.of(userAgent);
    }
}
