package dev.keydesk.leak;

import java.util.List;

import dev.keydesk.account.AccountService;
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
    private final String from;

    DisclosureMailer(ObjectProvider<JavaMailSender> mailSender, AccountService accounts,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            SecretScanningProperties properties) {
        this.mailSender = mailSender;
        this.accounts = accounts;
        this.executor = executor;
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
            if (to.isEmpty()) {
                return;
            }
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(to.toArray(String[]::new));
            message.setSubject(subject(event));
            message.setText(text(event));
            sender.send(message);
        } catch (RuntimeException e) {
            // MailException included: the keys are deactivated either way, the page shows it.
            log.warn("Could not mail the members of account {} about {} deactivated keys: {}", event.accountId(),
                    event.keys().size(), e.getMessage());
        }
    }

    static String subject(KeysDeactivated event) {
        return event.keys().size() == 1
                ? "Keydesk: API key \u201c" + event.keys().getFirst().name()
                        + "\u201d was found publicly and deactivated"
                : "Keydesk: " + event.keys().size() + " API keys were found publicly and deactivated";
    }

    static String text(KeysDeactivated event) {
        StringBuilder text = new StringBuilder("""
                Keydesk deactivated the following API keys of your account because they were found in a public
                place, where anyone could copy them. Requests that use them are refused from now on.

                """);
        for (KeysDeactivated.Key key : event.keys()) {
            text.append("- ").append(key.name()).append(" (").append(key.hint()).append(")");
            text.append(key.url() == null ? "" : ", found at " + key.url()).append('\n');
        }
        text.append("""

                What to do:
                1. Generate a new key on the API Keys page.
                2. Update your integration to use the new key.
                3. Delete the old key, and remove it from wherever it was published.
                """);
        return text.toString();
    }
}
