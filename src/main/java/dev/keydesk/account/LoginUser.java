package dev.keydesk.account;

import java.util.UUID;

/** A user as the login needs it. */
public record LoginUser(UUID id, String username, String displayName, boolean support, boolean enabled,
        String passwordHash) {

    @Override
    public String toString() {
        return "LoginUser[" + username + "]";
    }
}
