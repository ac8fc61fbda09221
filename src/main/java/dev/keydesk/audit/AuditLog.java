package dev.keydesk.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import dev.keydesk.security.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes activity-log rows inside the transaction of the change they record. */
@Service
public class AuditLog {

    public static final int DETAILS_MAX_LENGTH = 2048;
    /** The column's length; browsers send up to a few hundred characters, attackers anything. */
    public static final int USER_AGENT_MAX_LENGTH = 256;
    /** Rows cleared per statement, so a first run over years of rows never holds one huge transaction. */
    static final int RETENTION_BATCH = 1000;

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** A key event; must run inside the transaction that makes the change, so both commit or neither does. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void keyEvent(Actor actor, UUID accountId, AuditAction action, UUID keyId, String keyName, String keyHint,
            @Nullable String details, @Nullable String reason) {
        events.insert(new AuditEvent(UUID.randomUUID(), clock.instant(), actor.userId(), actor.label(), accountId,
                action, keyId, keyName, keyHint, truncate(details), reason, actor.remoteAddress(), null));
    }

    /**
     * A sign-in (signed in, failed, locked), in the transaction that records the attempt: a member's in
     * each of their accounts, a support user's without an account ({@code accountId} null).
     * {@code who} is the person for their own attempts; locks are Keydesk's doing ("Automatic").
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void signInEvent(@Nullable UUID accountId, AuditAction action, @Nullable UUID userId, String who,
            @Nullable String details, @Nullable String remoteAddress, @Nullable String userAgent) {
        events.insert(new AuditEvent(UUID.randomUUID(), clock.instant(), userId, who, accountId, action, null, null,
                null, truncate(details), null, remoteAddress, truncateUserAgent(userAgent)));
    }

    /** Support lifted a sign-in lock; {@code accountId} is null for a support user's own lock. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockLifted(Actor actor, @Nullable UUID accountId, String username, String reason) {
        events.insert(new AuditEvent(UUID.randomUUID(), clock.instant(), actor.userId(), actor.label(), accountId,
                AuditAction.SIGN_IN_LOCK_LIFTED, null, null, null, "Sign-in of " + username + " unlocked", reason,
                actor.remoteAddress(), null));
    }

    /**
     * Removes the client address and user agent of every row older than the cutoff (personal data kept
     * only as long as the retention time says); every other column stays as it was written.
     *
     * Each batch commits on its own.
     *
     * @return the number of rows cleared
     */
    public int forgetClientDetailsBefore(Instant cutoff) {
        int total = 0;
        int cleared;
        do {
            cleared = events.forgetClientDetails(cutoff, RETENTION_BATCH);
            total += cleared;
        } while (cleared == RETENTION_BATCH);
        return total;
    }

    public static @Nullable String truncateUserAgent(@Nullable String userAgent) {
        return userAgent == null || userAgent.length() <= USER_AGENT_MAX_LENGTH
                ? userAgent : userAgent.substring(0, USER_AGENT_MAX_LENGTH);
    }

    /** An account event (no key); must run inside the transaction that makes the change. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void accountEvent(Actor actor, UUID accountId, AuditAction action, @Nullable String details,
            @Nullable String reason) {
        events.insert(new AuditEvent(UUID.randomUUID(), clock.instant(), actor.userId(), actor.label(), accountId,
                action, null, null, null, truncate(details), reason, actor.remoteAddress(), null));
    }

    /**
     * Something a user did to their own sign-in (or support did to it), with the client's address and user
     * agent; {@code accountId} is null for support staff, who belong to no account.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void userEvent(@Nullable UUID accountId, AuditAction action, @Nullable UUID actorId, String who,
            @Nullable String details, @Nullable String reason, @Nullable String remoteAddress,
            @Nullable String userAgent) {
        events.insert(new AuditEvent(UUID.randomUUID(), clock.instant(), actorId, who, accountId, action, null, null,
                null, truncate(details), reason, remoteAddress, truncateUserAgent(userAgent)));
    }

    private static @Nullable String truncate(@Nullable String details) {
        return details == null || details.length() <= DETAILS_MAX_LENGTH
                ? details : details.substring(0, DETAILS_MAX_LENGTH);
    }
}
