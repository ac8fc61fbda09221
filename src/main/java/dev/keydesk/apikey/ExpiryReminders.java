package dev.keydesk.apikey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import dev.keydesk.audit.AuditAction;
import dev.keydesk.audit.AuditLog;
import dev.keydesk.security.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails an account's members 7 days and 1 day before one of its keys expires, once per reminder
 * however many nodes run this job: each node claims a reminder by inserting its row in
 * {@code key_reminder}, whose primary key lets exactly one insert win (a second node's insert waits for
 * the first to commit, then inserts nothing). The mail goes out after the claim committed. Runs every
 * {@code keydesk.expiry-reminders.interval}, and at once for a key whose expiration support brought forward.
 */
@Service
public class ExpiryReminders implements SchedulingConfigurer {

    static final int[] DAYS_BEFORE = {7, 1};

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<JavaMailSender> mail;
    private final TaskExecutor executor;
    private final Clock clock;
    private final Duration interval;

    ExpiryReminders(JdbcClient jdbc, TransactionTemplate transactions, AuditLog auditLog,
            ApplicationEventPublisher events, ObjectProvider<JavaMailSender> mail,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor, Clock clock,
            ExpiryReminderProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.auditLog = auditLog;
        this.events = events;
        this.mail = mail;
        this.executor = executor;
        this.clock = clock;
        this.interval = properties.interval();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::sendDue, interval, interval));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void expirationChanged(ExpirationChanged event) {
        executor.execute(() -> sendDue(event.keyId()));
    }

    /** Sends every reminder that is due and not yet sent; answers how many this node sent. */
    public int sendDue() {
        return sendDue(null);
    }

    int sendDue(@Nullable UUID onlyKey) {
        if (mail.getIfAvailable() == null) {
            return 0; // Nothing is claimed, so configuring mail later still sends what is due then.
        }
        Instant now = clock.instant();
        int sent = 0;
        for (Due due : candidates(now, onlyKey)) {
            if (Boolean.TRUE.equals(transactions.execute(status -> claimAndRecord(due, now)))) {
                sent++;
            }
        }
        return sent;
    }

    /** Active keys of active accounts that expire within the widest reminder window. */
    private List<Due> candidates(Instant now, @Nullable UUID onlyKey) {
        String sql = """
                select k.id, k.account_id, k.name, k.hint, k.expires_at from api_key k
                join account a on a.id = k.account_id
                where k.status = 'ACTIVE' and a.status = 'ACTIVE' and k.expires_at > :now and k.expires_at <= :horizon
                """;
        JdbcClient.StatementSpec statement = jdbc.sql(onlyKey == null ? sql : sql + " and k.id = :onlyKey")
                .param("now", now.atOffset(ZoneOffset.UTC))
                .param("horizon", now.plus(Duration.ofDays(DAYS_BEFORE[0])).atOffset(ZoneOffset.UTC));
        if (onlyKey != null) {
            statement = statement.param("onlyKey", onlyKey);
        }
        return statement.query((rs, row) -> new Due(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                        rs.getString("name"), rs.getString("hint"),
                        KeyQueries.instant(rs, "expires_at")))
                .list();
    }

    /**
     * Claims every reminder of this key that is due (a key found 20 hours before expiry gets one mail,
     * not two); true when this node claimed at least one, so it sends the mail.
     */
    private boolean claimAndRecord(Due due, Instant now) {
        int claimed = 0;
        for (int days : DAYS_BEFORE) {
            if (!now.isBefore(due.expiresAt().minus(Duration.ofDays(days)))) {
                claimed += jdbc.sql("""
                                insert into key_reminder (key_id, expires_at, days_before, sent_at)
                                values (?, ?, ?, ?) on conflict do nothing""")
                        .params(due.keyId(), due.expiresAt().atOffset(ZoneOffset.UTC), days, now.atOffset(ZoneOffset.UTC))
                        .update();
            }
        }
        if (claimed == 0) {
            return false;
        }
        String remaining = Expiration.remaining(due.expiresAt(), now);
        auditLog.keyEvent(Actor.automatic(null), due.accountId(), AuditAction.EXPIRY_REMINDER_SENT, due.keyId(),
                due.name(), due.hint(), "Expires " + KeyDescriptions.utc(due.expiresAt()) + " (" + remaining + ")",
                null);
        events.publishEvent(new ExpiryReminderDue(due.accountId(), due.name(), due.hint(), due.expiresAt(),
                Duration.between(now, due.expiresAt())));
        return true;
    }

    private record Due(UUID keyId, UUID accountId, String name, String hint, Instant expiresAt) {
    }
}
