package dev.keydesk.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.keydesk.base.replica.SynchronousCommit;
import dev.keydesk.base.text.DisplayText;
import dev.keydesk.security.Actor;
import dev.keydesk.security.CurrentActor;
import dev.keydesk.security.Roles;
import jakarta.annotation.security.RolesAllowed;
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
    private final SynchronousCommit synchronousCommit;

    AccountService(AccountRepository accounts, AppUserRepository users, MembershipRepository memberships,
            CurrentActor currentActor, JdbcClient jdbc, SynchronousCommit synchronousCommit) {
        this.synchronousCommit = synchronousCommit;
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

    /**
     * Sets the account's active-key limit (support only) and answers the previous one. Takes the same
     * lock as a key change, so a limit never changes under a generation in progress.
     */
    @RolesAllowed(Roles.SUPPORT)
    @Transactional(propagation = Propagation.MANDATORY)
    public int changeKeyLimit(UUID accountId, int limit) {
        if (limit < Account.MIN_KEY_LIMIT || limit > Account.MAX_KEY_LIMIT) {
            throw new InvalidKeyLimitException("Choose a limit from " + Account.MIN_KEY_LIMIT + " to "
                    + Account.MAX_KEY_LIMIT + ".");
        }
        int previous = jdbc.sql("select key_limit from account where id = ? for update").param(accountId)
                .query(Integer.class).optional().orElseThrow(() -> new AccessDeniedException("No such account."));
        jdbc.sql("update account set key_limit = ? where id = ?").params(limit, accountId).update();
        return previous;
    }

    /**
     * Suspends or reactivates the account (support only); true when its status changed. Verification
     * reads the account's status with every key, so a suspension refuses its keys at once on every node.
     */
    @RolesAllowed(Roles.SUPPORT)
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean changeStatus(UUID accountId, AccountStatus status) {
        synchronousCommit.requireRemoteApply();
        return jdbc.sql("update account set status = ? where id = ? and status <> ?")
                .params(status.name(), accountId, status.name()).update() == 1;
    }

    /** The user of a login name; names no user can have (too long, control characters) never reach the database. */
    @Transactional(readOnly = true)
    public Optional<LoginUser> findLoginUser(String username) {
        String name = username.trim();
        if (name.isEmpty() || name.length() > Username.MAX_LENGTH || DisplayText.problem(name).isPresent()) {
            return Optional.empty();
        }
        return users.findByUsernameIgnoreCase(name).map(user -> new LoginUser(user.id(),
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
