package dev.keydesk.leak;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.keydesk.account.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.util.unit.DataSize;

class DisclosureMailerTest {

    @Test
    void a_mail_server_failure_is_logged_and_does_not_reach_the_caller() {
        JavaMailSender sender = mock(JavaMailSender.class);
        doThrow(new MailSendException("connection refused")).when(sender).send(any(SimpleMailMessage.class));
        AccountService accounts = mock(AccountService.class);
        UUID account = UUID.randomUUID();
        when(accounts.notificationAddresses(account)).thenReturn(List.of("owner@example.test"));
        @SuppressWarnings("unchecked")
        ObjectProvider<JavaMailSender> provider = mock(ObjectProvider.class);
        DisclosureMailer mailer = new DisclosureMailer(provider, accounts, Runnable::run,
                new SecretScanningProperties(null, null, Duration.ofHours(1), Duration.ofSeconds(1),
                        DataSize.ofMegabytes(1), "keydesk@localhost"));

        KeysDeactivated event = new KeysDeactivated(account, List.of(new KeysDeactivated.Key("Prod", "kd_\u2026abcd",
                "https://example.com/x")));
        assertThatCode(() -> mailer.send(sender, event)).doesNotThrowAnyException();
        verify(sender).send(any(SimpleMailMessage.class));
    }
}
