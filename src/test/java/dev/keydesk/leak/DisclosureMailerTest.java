package dev.keydesk.leak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.keydesk.account.AccountService;
import dev.keydesk.base.i18n.Languages;
import dev.keydesk.base.i18n.Translations;
import dev.keydesk.base.preferences.RecipientLanguages;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.util.unit.DataSize;

class DisclosureMailerTest {

    private final AccountService accounts = mock(AccountService.class);
    private final RecipientLanguages languages = mock(RecipientLanguages.class);
    private final UUID account = UUID.randomUUID();

    private DisclosureMailer mailer() {
        when(languages.byLanguage(anyList())).thenCallRealMethod();
        when(languages.ofAddress(any())).thenReturn(Languages.ENGLISH);
        @SuppressWarnings("unchecked")
        ObjectProvider<JavaMailSender> provider = mock(ObjectProvider.class);
        return new DisclosureMailer(provider, accounts, Runnable::run, new Translations(), languages,
                new SecretScanningProperties(null, null, Duration.ofHours(1), Duration.ofSeconds(1),
                        DataSize.ofMegabytes(1), "keydesk@localhost"));
    }

    @Test
    void members_who_read_portuguese_get_the_mail_in_portuguese_and_the_others_in_english() {
        JavaMailSender sender = mock(JavaMailSender.class);
        DisclosureMailer mailer = mailer();
        when(accounts.notificationAddresses(account)).thenReturn(List.of("ana@example.test", "bo@example.test"));
        when(languages.ofAddress("ana@example.test")).thenReturn(Languages.BRAZILIAN_PORTUGUESE);

        mailer.send(sender, new KeysDeactivated(account, List.of(
                new KeysDeactivated.Key("Prod", "kd_\u2026abcd", "https://example.com/x"),
                new KeysDeactivated.Key("Staging", "kd_\u2026efgh", null))));

        ArgumentCaptor<SimpleMailMessage> mails = ArgumentCaptor.forClass(SimpleMailMessage.class);
        verify(sender, times(2)).send(mails.capture());
        SimpleMailMessage portuguese = mails.getAllValues().get(0);
        assertThat(portuguese.getTo()).containsExactly("ana@example.test");
        assertThat(portuguese.getSubject())
                .isEqualTo("Keydesk: 2 chaves de API foram encontradas em local p\u00fablico e desativadas");
        assertThat(portuguese.getText()).contains("O Keydesk desativou as chaves de API abaixo",
                "- Prod (kd_\u2026abcd), encontrada em https://example.com/x\n- Staging (kd_\u2026efgh)\n",
                "1. Gere uma nova chave na p\u00e1gina Chaves de API.").doesNotContain("!{");
        SimpleMailMessage english = mails.getAllValues().get(1);
        assertThat(english.getTo()).containsExactly("bo@example.test");
        assertThat(english.getSubject()).isEqualTo("Keydesk: 2 API keys were found publicly and deactivated");
        assertThat(english.getText()).contains("- Prod (kd_\u2026abcd), found at https://example.com/x\n",
                "1. Generate a new key on the API Keys page.");
    }

    @Test
    void a_single_key_is_named_in_the_subject_in_the_reader_s_language() {
        JavaMailSender sender = mock(JavaMailSender.class);
        DisclosureMailer mailer = mailer();
        when(accounts.notificationAddresses(account)).thenReturn(List.of("ana@example.test"));
        when(languages.ofAddress("ana@example.test")).thenReturn(Languages.BRAZILIAN_PORTUGUESE);

        mailer.send(sender, new KeysDeactivated(account, List.of(new KeysDeactivated.Key("Prod's", "kd_\u2026abcd", null))));

        ArgumentCaptor<SimpleMailMessage> mail = ArgumentCaptor.forClass(SimpleMailMessage.class);
        verify(sender).send(mail.capture());
        assertThat(mail.getValue().getSubject()).isEqualTo(
                "Keydesk: a chave de API \u201cProd's\u201d foi encontrada em local p\u00fablico e desativada");
    }

    @Test
    void a_mail_server_failure_is_logged_and_does_not_reach_the_caller() {
        JavaMailSender sender = mock(JavaMailSender.class);
        doThrow(new MailSendException("connection refused")).when(sender).send(any(SimpleMailMessage.class));
        when(accounts.notificationAddresses(account)).thenReturn(List.of("owner@example.test"));
        DisclosureMailer mailer = mailer();

        KeysDeactivated event = new KeysDeactivated(account, List.of(new KeysDeactivated.Key("Prod", "kd_\u2026abcd",
                "https://example.com/x")));
        assertThatCode(() -> mailer.send(sender, event)).doesNotThrowAnyException();
        verify(sender).send(any(SimpleMailMessage.class));
    }
}
