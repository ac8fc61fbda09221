package dev.keydesk.account;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

@Table("account")
public record Account(@Id UUID id, String name, AccountStatus status, int keyLimit, Instant createdAt) {

    public static final int NAME_MAX_LENGTH = 200;
    /** The range support may set an account's active-key limit to (the default is 10). */
    public static final int MIN_KEY_LIMIT = 1;
    public static final int MAX_KEY_LIMIT = 100;
}
