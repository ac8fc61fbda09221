package dev.keydesk.sessions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.keydesk.account.AccountService;
import dev.keydesk.audit.AuditAction;
import dev.keydesk.audit.AuditLog;
import dev.keydesk.security.Actor;
import dev.keydesk.security.CurrentActor;
import dev.keydesk.security.SessionProperties;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A person's signed-in sessions: listed, signed out ("Sign out other sessions", a password change or
 * reset). Signing out marks the rows revoked; the node that holds such a session ends it at its next
 * request ({@link SessionTrackingFilter}), whichever node revoked it.
 */
@Service
public class SignInSessions {

    /** The session attribute naming the session's row (its id is no secret: the session holds it). */
    public static final String ROW = SignInSessions.class.getName() + ".row";
    /** "Last seen" is written at most this often per session, not with every request. */
    static final Duration SEEN_GRANULARITY = Duration.ofMinutes(1);

    private final SignInSessionQueries queries;
    private final AccountService accounts;
    private final AuditLog auditLog;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final Duration idleTimeout;
    private final Duration absoluteTimeout;

    SignInSessions(SignInSessionQueries queries, AccountService accounts, AuditLog auditLog, CurrentActor currentActor,
            Clock clock, @Value("${server.servlet.session.timeout:30m}") Duration idleTimeout,
            SessionProperties sessionProperties) {
        this.queries = queries;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.currentActor = currentActor;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
        this.absoluteTimeout = sessionProperties.absoluteTimeout();
    }

    /** The signed-in person's sessions that may still be in use, the latest seen first. */
    @Transactional(readOnly = true)
    public List<ActiveSession> mine() {
        Instant now = clock.instant();
        return queries.active(me(), now.minus(idleTimeout).minus(SEEN_GRANULARITY), now.minus(absoluteTimeout),
                currentRow().orElse(null));
    }

    /** Signs out every other session of the signed-in person, on every node; answers how many. */
    @Transactional
    public int signOutOthers() {
        Actor actor = currentActor.require();
        int revoked = queries.revoke(me(), currentRow().orElse(null), clock.instant());
        if (revoked > 0) {
            for (UUID accountId : accounts.accountIdsOf(me())) {
                auditLog.signInEvent(accountId, AuditAction.OTHER_SESSIONS_SIGNED_OUT, actor.userId(),
                        actor.username(), revoked + (revoked == 1 ? " session" : " sessions"), actor.remoteAddress(),
                        null);
            }
        }
        return revoked;
    }

    /** Signs out the user's sessions other than the current one (after a password change). */
    @Transactional
    public int revokeOthers(UUID userId) {
        return queries.revoke(userId, currentRow().orElse(null), clock.instant());
    }

    /** Signs out every session of the user (after a password reset). */
    @Transactional
    public int revokeAll(UUID userId) {
        return queries.revoke(userId, null, clock.instant());
    }

    /** Remembers a session that just signed in; its id is kept only as a hash. */
    @Transactional
    void register(HttpSession session, UUID userId, @Nullable String clientAddress, @Nullable String userAgent) {
        UUID id = UUID.randomUUID();
        queries.insert(id, SessionHash.of(session.getId()), userId, clock.instant(), clientAddress, userAgent);
        session.setAttribute(ROW, id);
    }

    /**
     * Whether a registered session may go on: its row exists, is not revoked and belongs to the same user.
     * Keeps the row's hash in step with the session id (which changes at sign-in) and "last seen" current.
     */
    @Transactional
    boolean admits(HttpSession session, UUID row, @Nullable UUID signedInUser) {
        Optional<SignInSessionQueries.Row> found = queries.find(row);
        if (found.isEmpty() || found.get().revoked() || !found.get().userId().equals(signedInUser)) {
            return false;
        }
        Instant now = clock.instant();
        String hash = SessionHash.of(session.getId());
        if (!hash.equals(found.get().sessionHash()) || found.get().lastSeenAt().plus(SEEN_GRANULARITY).isBefore(now)) {
            queries.seen(row, hash, now);
        }
        return true;
    }

    /** A session ended (sign-out, timeout, revocation): its row goes. */
    @Transactional
    void ended(UUID row) {
        queries.delete(row);
    }

    /** Rows no session can still use: idle past the servlet timeout, or older than the absolute timeout. */
    @Scheduled(fixedDelayString = "${keydesk.sessions.housekeeping-interval:10m}",
            initialDelayString = "${keydesk.sessions.housekeeping-interval:10m}")
    @Transactional
    public int forgetEnded() {
        Instant now = clock.instant();
        return queries.deleteStale(now.minus(idleTimeout).minus(SEEN_GRANULARITY.multipliedBy(2)),
                now.minus(absoluteTimeout));
    }

    private UUID me() {
        UUID userId = currentActor.require().userId();
        if (userId == null) {
            throw new IllegalStateException("A signed-in person always has a user id");
        }
        return userId;
    }

    /** The row of the session of the current request, if it is registered. */
    private static Optional<UUID> currentRow() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            if (session != null && session.getAttribute(ROW) instanceof UUID row) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }
}
