package dev.keydesk.support;

import org.jspecify.annotations.Nullable;

/** A member of a customer account, as support sees it. */
public record AccountMember(String username, @Nullable String email, String role) {
}
