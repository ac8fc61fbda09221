package dev.keydesk.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.keydesk.security.Actor;
import dev.keydesk.security.CurrentActor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Accounts, and who may act on which account. */
@Service
public class AccountService {

    private final AccountRepository accounts;
    private final AppUserRepository users;
    private final MembershipRepository memberships;
    private final CurrentActor currentActor;
    private final JdbcClient jdbc;

    AccountService(AccountRepository accounts, AppUserRepository users, MembershipRepository memberships,
            CurrentActor currentActor, JdbcClient jdbc) {
        this.accounts = accounts;
        this.users = users;
        this.memberships = memberships;
        this.currentActor = currentActor;
        this.jdbc = jdbc;
    }

    /** The account the signed-in customer works on (the first one they joined). */
    @Transactional(readOnly = true)
    public AccountSummary currentAccount() {
        Actor actor = currentActor.require();
        if (!actor.isCustomer() || actor.userId() == null) {
            throw new AccessDeniedException("Only customers have an account of their own.");
        }
        List<Account> mine = accounts.findByMember(actor.userId());
        if (mine.isEmpty()) {
            throw new AccessDeniedException("You are not a member of any account.");
        }
        return AccountSummary.of(mine.getFirst());
    }

    @Transactional(readOnly = true)
    public AccountSummary account(UUID accountId) {
        requireMemberOrSupport(currentActor.require(), accountId);
        return accounts.findById(accountId).map(AccountSummary::of)
                .orElseThrow(() -> new AccessDeniedException("No such account."));
    }

    /** Refuses unless the actor is a customer who belongs to the account. */
    @Transactional(readOnly = true)
    public void requireCustomerMember(Actor actor, UUID accountId) {
        if (!actor.isCustomer() || actor.userId() == null || !memberships.exists(actor.userId(), accountId)) {
            throw new AccessDeniedException("You do not have access to this account.");
        }
    }

    /** Refuses unless the actor belongs to the account or is support staff. */
    @Transactional(readOnly = true)
    public void requireMemberOrSupport(Actor actor, UUID accountId) {
        if (actor.isSupport()) {
            return;
        }
        requireCustomerMember(actor, accountId);
    }

    /**
     * Locks the account row until the surrounding transaction ends and returns its key limit.
     * Every change that the key limit depends on takes this lock first, so concurrent requests on
     * any node are serialised by the database.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int lockForKeyChange(UUID accountId) {
        return jdbc.sql("select key_limit from account where id = ? and status = 'ACTIVE' for update")
                .param(accountId)
                .query(Integer.class)
                .optional()
                .orElseThrow(() -> new AccessDeniedException("This account is not active."));
    }

    @Transactional(readOnly = true)
    public Optional<LoginUser> findLoginUser(String username) {
        return users.findByUsernameIgnoreCase(username.trim()).map(user -> new LoginUser(user.id(),
                user.username(), user.displayName(), user.staffRole() == StaffRole.SUPPORT, user.enabled(),
                user.passwordHash()));
    }

    /** The usernames of the account's members, for its members and support staff. */
    @Transactional(readOnly = true)
    public List<String> memberUsernames(UUID accountId) {
        requireMemberOrSupport(currentActor.require(), accountId);
        return memberships.memberUsernames(accountId);
    }

    /**
     * The accounts a user belongs to, for recording their sign-ins in each account's activity. Sign-in
     * happens before anyone is signed in, so there is no actor to check; never expose it to views.
     */
    @Transactional(readOnly = true)
    public List<UUID> accountIdsOf(UUID userId) {
        return memberships.accountIds(userId);
    }

    /**
     * The addresses to tell about something Keydesk did to an account on its own (a leaked key
     * deactivated). No person asks here, so there is no actor to check; never expose it to views.
     */
    @Transactional(readOnly = true)
    public List<String> notificationAddresses(UUID accountId) {
        return memberships.memberEmails(accountId);
    }
}
