package dev.keydesk.apikey;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A claimed reminder, mailed once its claim committed. Name and masked hint only, never the key. */
record ExpiryReminderDue(UUID accountId, String name, String hint, Instant expiresAt, Duration left) {
}
