package dev.keydesk.twofactor;

import java.util.Set;
import java.util.UUID;

import dev.keydesk.account.UserContact;
import dev.keydesk.account.UserContacts;
import dev.keydesk.audit.AuditAction;
import dev.keydesk.security.Actor;
import dev.keydesk.security.CurrentActor;
import dev.keydesk.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Support switches off the two-factor of someone who lost both device and recovery codes, so they can sign
 * in with their password and set it up again. Never their own (another support user, or the operator, does
 * that); it signs nobody in. Recorded as "Two-factor reset" with the reason; the user is told by mail.
 */
@Service
public class TwoFactorReset {

    static final int REASON_MIN_LENGTH = 3;
    static final int REASON_MAX_LENGTH = 500;

    private final FactorQueries queries;
    private final UserContacts users;
    private final TwoFactorEvents events;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher publisher;

    TwoFactorReset(FactorQueries queries, UserContacts users, TwoFactorEvents events, CurrentActor currentActor,
            ApplicationEventPublisher publisher) {
        this.queries = queries;
        this.users = users;
        this.events = events;
        this.currentActor = currentActor;
        this.publisher = publisher;
    }

    /** The same reset for a member of a customer account, named as the account page lists them. */
    @RolesAllowed(Roles.SUPPORT)
    @Transactional
    public boolean resetMemberBySupport(UUID accountId, String username, String reason) {
        UserContact member = users.member(accountId, username)
                .orElseThrow(() -> new TwoFactorException(TwoFactorException.Problem.NO_SUCH_MEMBER));
        return resetBySupport(member.id(), reason);
    }

    /** The usernames of the account's members who have two-factor on, for support's account page. */
    @RolesAllowed(Roles.SUPPORT)
    @Transactional(readOnly = true)
    public Set<String> enrolledMembers(UUID accountId) {
        return Set.copyOf(queries.enrolledMembers(accountId));
    }

    /**
     * @param reason already checked by the caller's rules (support reasons: trimmed, 3 to 500 characters);
     *        checked here again only for its length, as the last line of defence
     * @return false when the user had no two-factor (nothing changed, nothing recorded)
     */
    @RolesAllowed(Roles.SUPPORT)
    @Transactional
    public boolean resetBySupport(UUID userId, String reason) {
        if (reason.strip().length() < REASON_MIN_LENGTH || reason.length() > REASON_MAX_LENGTH) {
            throw new IllegalArgumentException("A reset needs a reason of " + REASON_MIN_LENGTH + " to "
                    + REASON_MAX_LENGTH + " characters");
        }
        Actor actor = currentActor.require();
        if (userId.equals(actor.userId())) {
            throw new TwoFactorException(TwoFactorException.Problem.OWN_FACTOR);
        }
        UserContact user = users.byId(userId)
                .orElseThrow(() -> new TwoFactorException(TwoFactorException.Problem.NO_SUCH_MEMBER));
        queries.lockUser(userId);
        if (!queries.isEnabled(userId)) {
            // A set-up that was never confirmed goes too, so the next one starts clean.
            queries.delete(userId);
            return false;
        }
        queries.delete(userId);
        events.record(userId, AuditAction.TWO_FACTOR_RESET, actor.userId(), actor.label(),
                "Two-factor of " + user.username() + " reset", reason);
        publisher.publishEvent(new TwoFactorWasReset(userId, user.username(), user.email()));
        return true;
    }
}
