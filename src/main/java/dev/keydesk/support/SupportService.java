package dev.keydesk.support;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.keydesk.security.Actor;
import dev.keydesk.security.CurrentActor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What support staff may see of customer accounts; everyone else is refused here, not just in the UI. */
@Service
public class SupportService {

    public static final int MAX_PAGE_SIZE = 500;

    private final AccountSearchQueries queries;
    private final CurrentActor currentActor;

    SupportService(AccountSearchQueries queries, CurrentActor currentActor) {
        this.queries = queries;
        this.currentActor = currentActor;
    }

    /** One page of the accounts that match the filter; the database filters, sorts and pages. */
    @Transactional(readOnly = true)
    public List<CustomerAccountRow> searchAccounts(AccountFilter filter, AccountOrder order, long offset,
            int limit) {
        requireSupport();
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("Offset and limit must not be negative.");
        }
        return queries.page(filter, order, offset, Math.min(limit, MAX_PAGE_SIZE));
    }

    @Transactional(readOnly = true)
    public long countAccounts(AccountFilter filter) {
        requireSupport();
        return queries.count(filter);
    }

    /** The account's page for support, or empty when there is no such account. */
    @Transactional(readOnly = true)
    public Optional<SupportAccount> account(UUID accountId) {
        requireSupport();
        return queries.account(accountId);
    }

    private Actor requireSupport() {
        Actor actor = currentActor.require();
        if (!actor.isSupport()) {
            throw new AccessDeniedException("Only support staff can see customer accounts.");
        }
        return actor;
    }
}
