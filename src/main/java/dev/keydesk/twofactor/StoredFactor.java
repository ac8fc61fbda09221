package dev.keydesk.twofactor;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A row of user_second_factor: the encrypted secret and the state of its checks. */
record StoredFactor(UUID userId, String secretEncrypted, @Nullable Instant enabledAt, long lastUsedStep,
        int failedChecks, @Nullable Instant lastFailedAt) {

    /** Before any code was used, every step counts as later. */
    static final long NO_STEP_USED = Long.MIN_VALUE;

    boolean enabled() {
        return enabledAt != null;
    }

    @Override
    public String toString() {
        return "StoredFactor[" + userId + (enabled() ? ", enabled" : ", pending") + "]";
    }
}
