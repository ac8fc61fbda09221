package dev.keydesk.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import dev.keydesk.base.i18n.Languages;
import dev.keydesk.base.i18n.Translations;
import dev.keydesk.base.preferences.RecipientLanguages;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

class TwoFactorResetMailerTest {

    private final JavaMailSender sender = mock(JavaMailSender.class);
    private final RecipientLanguages languages = mock(RecipientLanguages.class);
    private final TwoFactorProperties properties = new TwoFactorProperties("Keydesk", 5, Duration.ofMinutes(15),
            "keydesk@example.test");

    private TwoFactorResetMailer mailer(Map<String, Object> beans) {
        ObjectProvider<JavaMailSender> provider = new StaticListableBeanFactory(beans).getBeanProvider(JavaMailSender.class);
        when(languages.ofUser(any())).thenReturn(Languages.ENGLISH);
        return new TwoFactorResetMailer(provider, Runnable::run, new Translations(), languages, properties);
    }

    @Test
    void the_member_is_told_at_their_address_that_support_reset_their_two_factor() {
        mailer(Map.of("mail", sender)).reset(new TwoFactorWasReset(UUID.randomUUID(), "ana", "ana@example.test"));

        ArgumentCaptor<SimpleMailMessage> mail = ArgumentCaptor.forClass(SimpleMailMessage.class);
        verify(sender).send(mail.capture());
        assertThat(mail.getValue().getTo()).containsExactly("ana@example.test");
        assertThat(mail.getValue().getFrom()).isEqualTo("keydesk@example.test");
        assertThat(mail.getValue().getSubject()).isEqualTo("Keydesk: your two-factor authentication was reset");
        assertThat(mail.getValue().getText()).contains("ana", "If you did not ask for this");
    }

    @Test
    void a_member_who_reads_portuguese_is_told_in_portuguese() {
        UUID ana = UUID.randomUUID();
        TwoFactorResetMailer mailer = mailer(Map.of("mail", sender));
        when(languages.ofUser(ana)).thenReturn(Languages.BRAZILIAN_PORTUGUESE);

        mailer.reset(new TwoFactorWasReset(ana, "ana", "ana@example.test"));

        ArgumentCaptor<SimpleMailMessage> mail = ArgumentCaptor.forClass(SimpleMailMessage.class);
        verify(sender).send(mail.capture());
        assertThat(mail.getValue().getSubject())
                .isEqualTo("Keydesk: sua autentica\u00e7\u00e3o em dois fatores foi redefinida");
        assertThat(mail.getValue().getText()).startsWith(
                "O suporte do Keydesk desativou a autentica\u00e7\u00e3o em dois fatores do seu usu\u00e1rio ana,")
                .contains("Se n\u00e3o foi voc\u00ea que pediu");
    }

    @Test
    void nothing_is_sent_without_mail_configured_or_without_an_address() {
        mailer(Map.of()).reset(new TwoFactorWasReset(UUID.randomUUID(), "ana", "ana@example.test"));
        mailer(Map.of("mail", sender)).reset(new TwoFactorWasReset(UUID.randomUUID(), "bo", null));

        verify(sender, never()).send(any(SimpleMailMessage.class));
    }
}
