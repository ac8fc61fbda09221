package dev.keydesk.leak;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.keydesk.account.AccountService;
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
 * Tells an account's members by mail that keys were deactivated, when mail is configured
 * ({@code spring.mail.host}). Only after the deactivation committed, and off the request thread,
 * so a slow or broken mail server neither delays the code host's report nor undoes it.
 */
@Component
class DisclosureMailer {

    private static final Logger log = LoggerFactory.getLogger(DisclosureMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final AccountService accounts;
    private final TaskExecutor executor;
    private final Translations translations;
    private final RecipientLanguages languages;
    private final String from;

    DisclosureMailer(ObjectProvider<JavaMailSender> mailSender, AccountService accounts,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor, Translations translations,
            RecipientLanguages languages, SecretScanningProperties properties) {
        this.mailSender = mailSender;
        this.accounts = accounts;
        this.executor = executor;
        this.translations = translations;
        this.languages = languages;
        this.from = properties.mailFrom();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void keysDeactivated(KeysDeactivated event) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        executor.execute(() -> send(sender, event));
    }

    void send(JavaMailSender sender, KeysDeactivated event) {
        try {
            List<String> to = accounts.notificationAddresses(event.accountId());
            // One mail per language, each to the members who read it.
            for (Map.Entry<Locale, List<String>> group : languages.byLanguage(to).entrySet()) {
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(from);
                message.setTo(group.getValue().toArray(String[]::new));
                message.setSubject(subject(event, group.getKey()));
                message.setText(text(event, group.getKey()));
                sender.send(message);
            }
        } catch (RuntimeException e) {
            // MailException included: the keys are deactivated either way, the page shows it.
            log.warn("Could not mail the members of account {} about {} deactivated keys: {}", event.accountId(),
                    event.keys().size(), e.getMessage());
        }
    }

    String subject(KeysDeactivated event, Locale language) {
        return event.keys().size() == 1
                ? translations.translate(language, "mail.disclosure.subject.one", event.keys().getFirst().name())
                : translations.translate(language, "mail.disclosure.subject.many", event.keys().size());
    }

    String text(KeysDeactivated event, Locale language) {
        StringBuilder text = new StringBuilder(translations.translate(language, "mail.disclosure.intro"));
        for (KeysDeactivated.Key key : event.keys()) {
            text.append(key.url() == null
                    ? translations.translate(language, "mail.disclosure.key", key.name(), key.hint())
                    : translations.translate(language, "mail.disclosure.key-found-at", key.name(), key.hint(),
                            key.url())).append('\n');
        }
        return text.append(translations.translate(language, "mail.disclosure.steps")).toString();
    }
}
