package dev.keydesk.apikey;

import java.util.List;

import dev.keydesk.account.AccountService;
import dev.keydesk.base.links.PublicUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Writes the reminder mail once its claim has committed; a failing mail server is logged, not retried. */
@Component
class ExpiryReminderMailer {

    private static final Logger log = LoggerFactory.getLogger(ExpiryReminderMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final AccountService accounts;
    private final String from;
    private final String apiKeysPage;

    ExpiryReminderMailer(ObjectProvider<JavaMailSender> mailSender, AccountService accounts,
            ExpiryReminderProperties properties, PublicUrl publicUrl) {
        this.mailSender = mailSender;
        this.accounts = accounts;
        this.from = properties.mailFrom();
        this.apiKeysPage = publicUrl.link("/api-keys").toString();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void reminderDue(ExpiryReminderDue reminder) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        try {
            List<String> to = accounts.notificationAddresses(reminder.accountId());
            if (to.isEmpty()) {
                return;
            }
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(to.toArray(String[]::new));
            message.setSubject("Keydesk: API key \u201c" + reminder.name() + "\u201d expires " + reminder.remaining());
            message.setText(text(reminder));
            sender.send(message);
        } catch (RuntimeException e) {
            log.warn("Could not mail the expiry reminder of a key of account {}: {}", reminder.accountId(),
                    e.getMessage());
        }
    }

    String text(ExpiryReminderDue reminder) {
        return "The API key \u201c" + reminder.name() + "\u201d (" + reminder.hint() + ") of your account expires "
                + reminder.remaining() + ", at " + KeyDescriptions.utc(reminder.expiresAt()) + ".\n"
                + "From then on, requests that use it are refused.\n\n"
                + "To keep your integration working, roll the key before then (it keeps its name and settings and\n"
                + "gets a new secret) or generate a new one, and update your integration:\n"
                + apiKeysPage + "\n";
    }
}
