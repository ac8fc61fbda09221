package dev.keydesk.signin;

import java.time.Instant;

/** A username that is refused until the given time, because of its failed attempts. */
public record UserLock(String username, Instant lockedUntil) {
}
