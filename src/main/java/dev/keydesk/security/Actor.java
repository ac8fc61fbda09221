package dev.keydesk.security;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Who is doing something, as recorded in the audit log: a signed-in person, or Keydesk itself. */
public record Actor(@Nullable UUID userId, String username, Kind kind, @Nullable String remoteAddress) {

    public enum Kind { CUSTOMER, SUPPORT, AUTOMATIC }

    public static Actor automatic(@Nullable String remoteAddress) {
        return new Actor(null, "automatic", Kind.AUTOMATIC, remoteAddress);
    }

    public boolean isSupport() {
        return kind == Kind.SUPPORT;
    }

    public boolean isCustomer() {
        return kind == Kind.CUSTOMER;
    }

    /** The label shown in the activity log. */
    public String label() {
        return switch (kind) {
            case CUSTOMER -> username;
            case SUPPORT -> "Support: " + username;
            case AUTOMATIC -> "Automatic";
        };
    }
}
