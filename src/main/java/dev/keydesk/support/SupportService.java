package dev.keydesk.support;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.keydesk.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What support staff may see of customer accounts. Every method is for support staff only: the role
 * check runs before the method (Spring method security), so everyone else is refused here, not just in the UI.
 */
@Service
@RolesAllowed(Roles.SUPPORT)
public class SupportService {

    public static final int MAX_PAGE_SIZE = 500;

    private final AccountSearchQueries queries;

    SupportService(AccountSearchQueries queries) {
        this.queries = queries;
    }

    /** One page of the accounts that match the filter; the database filters, sorts and pages. */
    @Transactional(readOnly = true)
    public List<CustomerAccountRow> searchAccounts(AccountFilter filter, AccountOrder order, long offset,
            int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("Offset and limit must not be negative.");
        }
        return queries.page(filter, order, offset, Math.min(limit, MAX_PAGE_SIZE));
    }

    @Transactional(readOnly = true)
    public long countAccounts(AccountFilter filter) {
        return queries.count(filter);
    }

    /** The account's page for support, or empty when there is no such account. */
    @Transactional(readOnly = true)
    public Optional<SupportAccount> account(UUID accountId) {
        return queries.account(accountId);
    }
}
