package dev.keydesk.password;

import java.time.Duration;

import dev.keydesk.base.links.PublicUrl;
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
    private final String from;

    PasswordResetMailer(ObjectProvider<JavaMailSender> mailSender,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor, PublicUrl publicUrl,
            PasswordResetProperties properties) {
        this.mailSender = mailSender;
        this.executor = executor;
        this.publicUrl = publicUrl;
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
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.to());
        message.setSubject("Keydesk: reset your password");
        message.setText(text(mail));
        try {
            sender.send(message);
        } catch (RuntimeException e) {
            // MailException included. Never the message: it holds the reset link.
            log.warn("Could not send a password reset mail: {}", e.getClass().getSimpleName());
        }
    }

    String text(PasswordResetMail mail) {
        return """
                Someone, hopefully you, asked to reset the Keydesk password of %s.

                To choose a new password, open this link within %s:

                %s

                The link works once. Resetting signs out every session of %s.

                If it was not you, ignore this mail: your password stays as it is.
                """.formatted(mail.username(), readable(mail.validFor()),
                publicUrl.link(RESET_PATH, TOKEN_PARAMETER, mail.token()), mail.username());
    }

    private static String readable(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes % 60 != 0) {
            return minutes == 1 ? "1 minute" : minutes + " minutes";
        }
        return minutes == 60 ? "1 hour" : minutes / 60 + " hours";
    }
}
