package dev.keydesk.account;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An organization's account. {@code nameKey} is {@link OrganizationName#key()}, unique across accounts;
 * null only for duplicates that existed before names became unique (see db/migration/common/V5__sign_up_protection).
 */
@Table("account")
public record Account(@Id UUID id, String name, @Nullable String nameKey, AccountStatus status, int keyLimit,
        Instant createdAt) {

    public static final int NAME_MAX_LENGTH = 200;
    /** The range support may set an account's active-key limit to (the default is 10). */
    public static final int MIN_KEY_LIMIT = 1;
    public static final int MAX_KEY_LIMIT = 100;
}
