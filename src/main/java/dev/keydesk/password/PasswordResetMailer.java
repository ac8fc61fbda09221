package dev.keydesk.password;

import java.util.Locale;

import dev.keydesk.base.i18n.Translations;
import dev.keydesk.base.links.PublicUrl;
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
 * Sends reset links when mail is configured ({@code spring.mail.host}): only after the request committed and
 * off the request thread, so the form answers as fast whether a mail goes out or not. Links start at
 * {@code keydesk.public-url}, never at the request's Host header; the mail carries nothing the person at the
 * form typed.
 */
@Component
class PasswordResetMailer {

    static final String RESET_PATH = "/reset-password";
    static final String TOKEN_PARAMETER = "token";

    private static final Logger log = LoggerFactory.getLogger(PasswordResetMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final TaskExecutor executor;
    private final PublicUrl publicUrl;
    private final Translations translations;
    private final RecipientLanguages languages;
    private final String from;

    PasswordResetMailer(ObjectProvider<JavaMailSender> mailSender,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor, PublicUrl publicUrl,
            Translations translations, RecipientLanguages languages, PasswordResetProperties properties) {
        this.mailSender = mailSender;
        this.executor = executor;
        this.publicUrl = publicUrl;
        this.translations = translations;
        this.languages = languages;
        this.from = properties.mailFrom();
    }

    boolean mailConfigured() {
        return mailSender.getIfAvailable() != null;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void requestCommitted(PasswordResetMail mail) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender != null) {
            executor.execute(() -> send(sender, mail));
        }
    }

    void send(JavaMailSender sender, PasswordResetMail mail) {
        try {
            Locale language = languages.ofAddress(mail.to());
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(mail.to());
            message.setSubject(translations.translate(language, "mail.password-reset.subject"));
            message.setText(text(mail, language));
            sender.send(message);
        } catch (RuntimeException e) {
            // MailException included. Never the message: it holds the reset link.
            log.warn("Could not send a password reset mail: {}", e.getClass().getSimpleName());
        }
    }

    String text(PasswordResetMail mail, Locale language) {
        return translations.translate(language, "mail.password-reset.text", mail.username(),
                translations.duration(language, mail.validFor()),
                publicUrl.link(RESET_PATH, TOKEN_PARAMETER, mail.token()).toString());
    }
}
