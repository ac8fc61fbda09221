package dev.keydesk.apikey;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.keydesk.account.AccountService;
import dev.keydesk.base.i18n.Translations;
import dev.keydesk.base.links.PublicUrl;
import dev.keydesk.base.preferences.RecipientLanguages;
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
    private final Translations translations;
    private final RecipientLanguages languages;
    private final String from;
    private final String apiKeysPage;

    ExpiryReminderMailer(ObjectProvider<JavaMailSender> mailSender, AccountService accounts,
            Translations translations, RecipientLanguages languages, ExpiryReminderProperties properties,
            PublicUrl publicUrl) {
        this.mailSender = mailSender;
        this.accounts = accounts;
        this.translations = translations;
        this.languages = languages;
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
            // One mail per language, each to the members who read it.
            for (Map.Entry<Locale, List<String>> group : languages.byLanguage(to).entrySet()) {
                Locale language = group.getKey();
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(from);
                message.setTo(group.getValue().toArray(String[]::new));
                message.setSubject(translations.translate(language, "mail.expiry.subject", reminder.name(),
                        remaining(reminder.left(), language)));
                message.setText(text(reminder, language));
                sender.send(message);
            }
        } catch (RuntimeException e) {
            log.warn("Could not mail the expiry reminder of a key of account {}: {}", reminder.accountId(),
                    e.getMessage());
        }
    }

    String text(ExpiryReminderDue reminder, Locale language) {
        return translations.translate(language, "mail.expiry.text", reminder.name(), reminder.hint(),
                remaining(reminder.left(), language), at(reminder, language), apiKeysPage);
    }

    /** "in 3 days", "em 3 dias": as long as the reminder claimed, at least a minute. */
    private String remaining(Duration left, Locale language) {
        if (left.toDays() >= 1) {
            return translations.count(language, "mail.expiry.in.one-day", "mail.expiry.in.days", left.toDays());
        }
        if (left.toHours() >= 1) {
            return translations.count(language, "mail.expiry.in.one-hour", "mail.expiry.in.hours", left.toHours());
        }
        return translations.count(language, "mail.expiry.in.one-minute", "mail.expiry.in.minutes",
                Math.max(1, left.toMinutes()));
    }

    /** The expiry as the reader writes dates, in UTC (a mail does not know the reader's time zone). */
    private static String at(ExpiryReminderDue reminder, Locale language) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(language)
                .withZone(ZoneOffset.UTC).format(reminder.expiresAt()) + " UTC";
    }
}
