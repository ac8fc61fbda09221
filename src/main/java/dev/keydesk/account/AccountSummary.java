package dev.keydesk.account;

import java.util.UUID;

/** What a view needs to know of an account. */
public record AccountSummary(UUID id, String name, int keyLimit) {

    static AccountSummary of(Account account) {
        return new AccountSummary(account.id(), account.name(), account.keyLimit());
    }
}
