package dev.keydesk.signin;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A failed sign-in as support sees it: refused ones were not even checked, because of a lock. */
public record FailedSignIn(String username, Instant at, boolean refused, @Nullable String clientAddress,
        @Nullable String userAgent) {
}
