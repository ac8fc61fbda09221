package dev.keydesk.signin;

import java.util.Optional;
import java.util.UUID;

import dev.keydesk.account.AccountService;
import dev.keydesk.audit.AuditAction;
import dev.keydesk.audit.AuditLog;
import dev.keydesk.security.Actor;
import dev.keydesk.security.CurrentActor;
import dev.keydesk.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account owner's switch: every member of the account must use two-factor sign-in. Members without it
 * are led to set it up at their next page ({@link SignInStages}). Only the owner may change it, only
 * while using two-factor sign-in themselves (so the switch never locks its own owner out of the console);
 * each change is in the account's activity.
 */
@Service
public class MemberTwoFactorRequirement {

    private static final String OWNER = "OWNER";

    private final TwoFactorRequirementQueries queries;
    private final AccountService accounts;
    private final SecondFactorCheck factors;
    private final CurrentActor currentActor;
    private final AuditLog auditLog;

    MemberTwoFactorRequirement(TwoFactorRequirementQueries queries, AccountService accounts,
            SecondFactorCheck factors, CurrentActor currentActor, AuditLog auditLog) {
        this.queries = queries;
        this.accounts = accounts;
        this.factors = factors;
        this.currentActor = currentActor;
        this.auditLog = auditLog;
    }

    /** The setting of the signed-in customer's account if they own it; empty for other members and support. */
    @Transactional(readOnly = true)
    public Optional<Boolean> ownedSetting() {
        Actor actor = currentActor.require();
        if (!actor.isCustomer()) {
            return Optional.empty();
        }
        UUID accountId = accounts.currentAccount().id();
        return isOwner(actor, accountId) ? Optional.of(queries.required(accountId)) : Optional.empty();
    }

    /**
     * Switches the requirement of the owner's account on or off.
     *
     * @throws AccessDeniedException            the signed-in customer does not own the account
     * @throws OwnTwoFactorMissingException the owner switches it on without two-factor sign-in of their own
     */
    @Transactional
    @RolesAllowed(Roles.CUSTOMER)
    public void require(boolean required) {
        Actor actor = currentActor.require();
        UUID accountId = accounts.currentAccount().id();
        if (!isOwner(actor, accountId)) {
            throw new AccessDeniedException("Only the account's owner can require two-factor sign-in.");
        }
        if (required && (actor.userId() == null || !factors.isEnrolled(actor.userId()))) {
            throw new OwnTwoFactorMissingException();
        }
        if (queries.required(accountId) == required) {
            return;
        }
        queries.setRequired(accountId, required);
        auditLog.accountEvent(actor, accountId, required ? AuditAction.TWO_FACTOR_REQUIRED_FOR_MEMBERS
                : AuditAction.TWO_FACTOR_NO_LONGER_REQUIRED, null, null);
    }

    private boolean isOwner(Actor actor, UUID accountId) {
        return actor.userId() != null && queries.role(actor.userId(), accountId).filter(OWNER::equals).isPresent();
    }
}
