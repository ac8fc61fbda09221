package dev.keydesk.support;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A customer account's page for support staff: who belongs to it, its status and limit. */
public record SupportAccount(UUID id, String name, String status, int keyLimit, Instant createdAt,
        List<AccountMember> members) {

    public SupportAccount {
        members = List.copyOf(members);
    }
}
