package dev.keydesk.account;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

@Table("app_user")
public record AppUser(@Id UUID id, String username, @Nullable String email, String passwordHash,
        String displayName, @Nullable StaffRole staffRole, boolean enabled, Instant createdAt) {

    @Override
    public String toString() {
        return "AppUser[id=" + id + ", username=" + username + "]";
    }
}
