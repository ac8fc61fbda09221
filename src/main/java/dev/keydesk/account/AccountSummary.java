package dev.keydesk.account;

import java.util.UUID;

/** What a view needs to know of an account. */
public record AccountSummary(UUID id, String name, int keyLimit, AccountStatus status) {

    static AccountSummary of(Account account) {
        return new AccountSummary(account.id(), account.name(), account.keyLimit(), account.status());
    }

    /** Support suspended the account: its keys are refused and nothing may change them. */
    public boolean isSuspended() {
        return status == AccountStatus.SUSPENDED;
    }
}
