package dev.keydesk.usage;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import dev.keydesk.account.AccountService;
import dev.keydesk.apikey.KeyCosts;
import dev.keydesk.security.CurrentActor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Usage as people and programs read it: the last N days (today included, UTC), of one account. Members of
 * the account and support staff may read it; the API reads its own key's account.
 */
@Service
public class UsageReports implements KeyCosts {

    public static final int MAX_DAYS = 30;

    private final UsageQueries queries;
    private final AccountService accounts;
    private final CurrentActor currentActor;
    private final Clock clock;

    UsageReports(UsageQueries queries, AccountService accounts, CurrentActor currentActor, Clock clock) {
        this.queries = queries;
        this.accounts = accounts;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** The account's usage of the last {@code days} days, for the account's members and support staff. */
    @Transactional(readOnly = true)
    public UsageReport lastDays(UUID accountId, int days) {
        accounts.requireMemberOrSupport(currentActor.require(), accountId);
        return report(accountId, days);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, BigDecimal> last30Days(UUID accountId) {
        accounts.requireMemberOrSupport(currentActor.require(), accountId);
        return queries.costsByKey(accountId, today().minusDays(MAX_DAYS - 1L));
    }

    /** For GET /api/v1/usage: the API key that authenticated the request is the permission. */
    UsageReport forApiKeyOf(UUID accountId, int days) {
        return report(accountId, days);
    }

    private UsageReport report(UUID accountId, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days must be between 1 and " + MAX_DAYS);
        }
        LocalDate to = today();
        LocalDate from = to.minusDays(days - 1L);
        return new UsageReport(from, to, queries.daily(accountId, from, to));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
