package dev.keydesk.password;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.keydesk.account.AccountService;
import dev.keydesk.account.ClientNetwork;
import dev.keydesk.account.Credentials;
import dev.keydesk.account.Credentials.ResetRecipient;
import dev.keydesk.audit.AuditAction;
import dev.keydesk.audit.AuditLog;
import dev.keydesk.security.CurrentActor;
import dev.keydesk.sessions.SignInSessions;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Forgot password?": a one-time link by mail, valid {@code keydesk.password-reset.valid-for}. The request
 * answers the same whether or not the username or address belongs to anyone, and takes about as long (the
 * mail goes out after commit, off the request thread); only the mailbox learns. A reset keeps to the
 * password policy, signs out every session of the user on every node, and is audited as "Password reset".
 * Without mail configured nothing is sent: support resets passwords then.
 */
@Service
public class PasswordResets {

    static final Duration REQUEST_WINDOW = Duration.ofHours(1);

    private final PasswordResetQueries queries;
    private final Credentials credentials;
    private final NewPasswords newPasswords;
    private final SignInSessions sessions;
    private final AccountService accounts;
    private final AuditLog auditLog;
    private final PasswordResetMailer mailer;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final PasswordResetProperties properties;
    private final Clock clock;

    PasswordResets(PasswordResetQueries queries, Credentials credentials, NewPasswords newPasswords,
            SignInSessions sessions, AccountService accounts, AuditLog auditLog, PasswordResetMailer mailer,
            ApplicationEventPublisher events, TransactionTemplate transactions, PasswordResetProperties properties,
            Clock clock) {
        this.queries = queries;
        this.credentials = credentials;
        this.newPasswords = newPasswords;
        this.sessions = sessions;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.mailer = mailer;
        this.events = events;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    /** Whether "Forgot password?" sends links; without mail, support resets passwords. */
    public boolean byMail() {
        return mailer.mailConfigured();
    }

    /** How long a link works. */
    public Duration validFor() {
        return properties.validFor();
    }

    /**
     * Sends a reset link to each enabled user that the username or email address names, if any; refuses
     * with {@link PasswordResetLimitException} when the client's network asked too often this hour.
     */
    @Transactional
    public void request(String usernameOrEmail) {
        if (!byMail()) {
            return;
        }
        Instant now = clock.instant();
        String network = ClientNetwork.of(CurrentActor.remoteAddress()).value();
        if (queries.countRequests(network, now.minus(REQUEST_WINDOW)) >= properties.maxPerAddressPerHour()) {
            throw new PasswordResetLimitException();
        }
        queries.insertRequest(network, now);
        List<ResetRecipient> recipients = credentials.resetRecipients(usernameOrEmail);
        for (ResetRecipient recipient : recipients) {
            // A user asked for too often gets no more mail this hour; the form still answers the same.
            if (queries.countSince(recipient.userId(), now.minus(REQUEST_WINDOW))
                    >= properties.maxMailsPerUserPerHour()) {
                continue;
            }
            String token = ResetTokens.generate();
            queries.insert(ResetTokens.hash(token), recipient.userId(), now, now.plus(properties.validFor()));
            events.publishEvent(new PasswordResetMail(recipient.email(), recipient.username(), token,
                    properties.validFor()));
        }
    }

    /** Whether a link can still reset a password (unknown, used and expired links cannot). */
    @Transactional(readOnly = true)
    public boolean isValid(@Nullable String token) {
        return wellFormed(token) && queries.validUser(ResetTokens.hash(token), clock.instant()).isPresent();
    }

    /**
     * Sets a new password with a link, once: answers the username, or empty when the link is unknown, used
     * or expired. A password the policy refuses ({@link PasswordRefusedException}) leaves the link valid.
     */
    public Optional<String> reset(@Nullable String token, String newPassword) {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        newPasswords.check(newPassword);
        return Optional.ofNullable(transactions.execute(status -> resetOnce(token, newPassword)));
    }

    private @Nullable String resetOnce(String token, String newPassword) {
        PasswordResetQueries.Reset reset = queries.lock(ResetTokens.hash(token)).orElse(null);
        if (reset == null || !reset.expiresAt().isAfter(clock.instant())) {
            return null;
        }
        UUID userId = reset.userId();
        credentials.replacePassword(userId, newPassword);
        queries.deleteAllOf(userId);
        int signedOut = sessions.revokeAll(userId);
        String username = credentials.username(userId).orElseThrow();
        for (UUID accountId : accounts.accountIdsOf(userId)) {
            auditLog.signInEvent(accountId, AuditAction.PASSWORD_RESET, userId, username,
                    "Reset with a link sent by mail; sessions signed out: " + signedOut, CurrentActor.remoteAddress(),
                    PasswordChange.userAgent());
        }
        return username;
    }

    /** Expired links and old requests go; every node may run it (the deletes are idempotent). */
    @Scheduled(fixedDelayString = "${keydesk.password-reset.housekeeping-interval:10m}",
            initialDelayString = "${keydesk.password-reset.housekeeping-interval:10m}")
    @Transactional
    public int forgetExpired() {
        Instant now = clock.instant();
        return queries.deleteOld(now, now.minus(REQUEST_WINDOW));
    }

    private static boolean wellFormed(@Nullable String token) {
        return token != null && !token.isEmpty() && token.length() <= ResetTokens.MAX_LENGTH;
    }
}
