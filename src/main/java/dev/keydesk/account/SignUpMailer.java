package dev.keydesk.account;

import java.time.Duration;
import java.util.Locale;

import dev.keydesk.base.i18n.Translations;
import dev.keydesk.base.links.PublicUrl;
import dev.keydesk.base.preferences.RecipientLanguages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends sign-up mail when mail is configured ({@code spring.mail.host}): only after the sign-up committed,
 * and off the request thread, so a slow mail server does not slow the form, and the answer on the form
 * takes as long whichever mail goes out. Links start at {@code keydesk.public-url}, never at the Host
 * header of the request that caused them. The mails carry nothing the person at the form typed except
 * the address itself, so nobody can send text of their choosing through Keydesk.
 */
@Component
class SignUpMailer {

    static final String CONFIRM_PATH = "/register/confirm";
    static final String TOKEN_PARAMETER = "token";

    private static final Logger log = LoggerFactory.getLogger(SignUpMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final TaskExecutor executor;
    private final PublicUrl publicUrl;
    private final Translations translations;
    private final RecipientLanguages languages;
    private final String from;
    private final Duration validFor;

    SignUpMailer(ObjectProvider<JavaMailSender> mailSender, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            PublicUrl publicUrl, Translations translations, RecipientLanguages languages, SignUpProperties properties) {
        this.mailSender = mailSender;
        this.executor = executor;
        this.publicUrl = publicUrl;
        this.translations = translations;
        this.languages = languages;
        this.from = properties.mailFrom();
        this.validFor = properties.confirmationValidFor();
    }

    /** With mail, sign-ups are confirmed by mail and never say whether an address is known. */
    boolean mailConfigured() {
        return mailSender.getIfAvailable() != null;
    }

    /** Links to localhost reach nobody: with mail on, the operator most likely forgot KEYDESK_PUBLIC_URL. */
    @EventListener(ApplicationReadyEvent.class)
    void warnAboutLocalLinks() {
        String host = publicUrl.publicUrl().getHost();
        if (mailConfigured() && (host.equals("localhost") || host.startsWith("127."))) {
            log.warn("Mail is configured but its links point at {}; set KEYDESK_PUBLIC_URL to the address people "
                    + "use to reach Keydesk", publicUrl.publicUrl());
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void signUpCommitted(SignUpMail mail) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender != null) {
            executor.execute(() -> send(sender, mail));
        }
    }

    void send(JavaMailSender sender, SignUpMail mail) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.to());
        try {
            switch (mail) {
                case SignUpMail.ConfirmAccount confirm -> {
                    message.setSubject(translations.translate(confirm.language(), "mail.signup.confirm.subject"));
                    message.setText(confirmText(confirm));
                }
                case SignUpMail.AddressAlreadyUsed used -> {
                    Locale language = languages.ofAddress(used.to());
                    message.setSubject(translations.translate(language, "mail.signup.used.subject"));
                    message.setText(alreadyUsedText(language));
                }
            }
            sender.send(message);
        } catch (RuntimeException e) {
            // MailException included. Never the message: it may hold the confirmation link.
            log.warn("Could not send the sign-up mail ({}): {}", mail.getClass().getSimpleName(),
                    e.getClass().getSimpleName());
        }
    }

    String confirmText(SignUpMail.ConfirmAccount confirm) {
        return translations.translate(confirm.language(), "mail.signup.confirm.text",
                translations.duration(confirm.language(), validFor),
                publicUrl.link(CONFIRM_PATH, TOKEN_PARAMETER, confirm.token()).toString());
    }

    String alreadyUsedText(Locale language) {
        return translations.translate(language, "mail.signup.used.text", publicUrl.link("/login").toString());
    }
}
