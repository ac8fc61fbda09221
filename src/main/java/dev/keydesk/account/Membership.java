package dev.keydesk.account;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

@Table("membership")
public record Membership(UUID userId, UUID accountId, MembershipRole role) {
}
