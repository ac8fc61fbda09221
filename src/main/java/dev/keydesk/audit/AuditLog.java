package dev.keydesk.audit;

import java.time.Clock;
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
                action, keyId, keyName, keyHint, truncate(details), reason, actor.remoteAddress()));
    }

    /** An account event (no key); must run inside the transaction that makes the change. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void accountEvent(Actor actor, UUID accountId, AuditAction action, @Nullable String details,
            @Nullable String reason) {
        events.insert(new AuditEvent(UUID.randomUUID(), clock.instant(), actor.userId(), actor.label(), accountId,
                action, null, null, null, truncate(details), reason, actor.remoteAddress()));
    }

    private static @Nullable String truncate(@Nullable String details) {
        return details == null || details.length() <= DETAILS_MAX_LENGTH
                ? details : details.substring(0, DETAILS_MAX_LENGTH);
    }
}
