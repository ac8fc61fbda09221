package dev.keydesk.support;

import java.time.Instant;
import java.util.UUID;

/** One customer account as the support console lists it. */
public record CustomerAccountRow(UUID id, String name, String members, int activeKeys, Instant createdAt) {
}
