package dev.keydesk.account;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** A sign-up waiting for its owner to confirm the email address; no account exists yet. */
record PendingSignUp(UUID id, String tokenHash, OrganizationName organization, Username username,
        EmailAddress email, String passwordHash, Instant createdAt, Instant expiresAt, Locale language) {

    @Override
    public String toString() {
        return "PendingSignUp[" + id + ", " + username.value() + "]";
    }
}
