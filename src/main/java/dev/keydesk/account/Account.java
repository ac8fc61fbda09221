package dev.keydesk.account;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

@Table("account")
public record Account(@Id UUID id, String name, AccountStatus status, int keyLimit, Instant createdAt) {

    public static final int NAME_MAX_LENGTH = 200;
}
