package dev.keydesk.support;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One customer account as the support console lists it. */
public record CustomerAccountRow(UUID id, String name, List<String> members, int activeKeys, Instant createdAt) {

    public CustomerAccountRow {
        members = List.copyOf(members);
    }
}
