package dev.keydesk.account;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Who a user is, for features that act on a user other than through sign-in: name, mail address, staff or not. */
public record UserContact(UUID id, String username, @Nullable String email, boolean support) {
}
