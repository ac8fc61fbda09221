package dev.keydesk.twofactor;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** Whether the signed-in person has two-factor on, since when, and how many recovery codes they have left. */
public record TwoFactorStatus(@Nullable Instant enabledAt, int recoveryCodesLeft) {

    public boolean enabled() {
        return enabledAt != null;
    }
}
