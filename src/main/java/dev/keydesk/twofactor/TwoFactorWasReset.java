package dev.keydesk.twofactor;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Support reset a user's two-factor; published in the reset's transaction, mailed after it commits. */
record TwoFactorWasReset(UUID userId, String username, @Nullable String email) {
}
