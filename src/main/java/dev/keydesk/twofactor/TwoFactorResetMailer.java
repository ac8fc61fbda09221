package dev.keydesk.twofactor;

import java.util.Locale;

import dev.keydesk.base.i18n.Translations;
import dev.keydesk.base.preferences.RecipientLanguages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells a user by mail that support reset their two-factor, when mail is configured ({@code spring.mail.host})
 * and they have an address: someone who did not ask for it learns at once. Only after the reset committed,
 * and off the request thread, so a slow mail server neither delays nor undoes it.
 */
@Component
class TwoFactorResetMailer {

    private static final Logger log = LoggerFactory.getLogger(TwoFactorResetMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final TaskExecutor executor;
    private final Translations translations;
    private final RecipientLanguages languages;
    private final String from;

    TwoFactorResetMailer(ObjectProvider<JavaMailSender> mailSender,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor, Translations translations,
            RecipientLanguages languages, TwoFactorProperties properties) {
        this.mailSender = mailSender;
        this.executor = executor;
        this.translations = translations;
        this.languages = languages;
        this.from = properties.mailFrom();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void reset(TwoFactorWasReset event) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null || event.email() == null) {
            return;
        }
        executor.execute(() -> send(sender, event));
    }

    void send(JavaMailSender sender, TwoFactorWasReset event) {
        try {
            Locale language = languages.ofUser(event.userId());
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(event.email());
            message.setSubject(translations.translate(language, "mail.two-factor-reset.subject"));
            message.setText(translations.translate(language, "mail.two-factor-reset.text", event.username()));
            sender.send(message);
        } catch (RuntimeException e) {
            // MailException included: the reset stands either way, and the activity log shows it.
            log.warn("Could not mail user {} about their two-factor reset: {}", event.userId(), e.getMessage());
        }
    }
}
