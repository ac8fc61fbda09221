package dev.keydesk.audit;

import java.util.List;
import java.util.UUID;

import dev.keydesk.account.AccountService;
import dev.keydesk.security.CurrentActor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads an account's activity log, a page at a time, for its members and for support staff. */
@Service
public class ActivityService {

    public static final int MAX_PAGE_SIZE = 500;

    private final AuditEventRepository events;
    private final AccountService accounts;
    private final CurrentActor currentActor;

    ActivityService(AuditEventRepository events, AccountService accounts, CurrentActor currentActor) {
        this.events = events;
        this.accounts = accounts;
        this.currentActor = currentActor;
    }

    /** One page of the account's key events, newest first; the database does the paging. */
    @Transactional(readOnly = true)
    public List<AuditEvent> activity(UUID accountId, long offset, int limit) {
        accounts.requireMemberOrSupport(currentActor.require(), accountId);
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("Offset and limit must not be negative.");
        }
        return events.page(accountId, offset, Math.min(limit, MAX_PAGE_SIZE));
    }

    @Transactional(readOnly = true)
    public long countActivity(UUID accountId) {
        accounts.requireMemberOrSupport(currentActor.require(), accountId);
        return events.count(accountId);
    }
}
