package dev.keydesk.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.keydesk.account.AccountService;
import dev.keydesk.base.i18n.Languages;
import dev.keydesk.base.i18n.Translations;
import dev.keydesk.base.links.PublicUrl;
import dev.keydesk.base.preferences.RecipientLanguages;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

class ExpiryReminderMailerTest {

    private final JavaMailSender sender = mock(JavaMailSender.class);
    private final AccountService accounts = mock(AccountService.class);
    private final RecipientLanguages languages = mock(RecipientLanguages.class);
    private final UUID account = UUID.randomUUID();
    private final ExpiryReminderMailer mailer;

    ExpiryReminderMailerTest() {
        when(languages.byLanguage(anyList())).thenCallRealMethod();
        when(languages.ofAddress(any())).thenReturn(Languages.ENGLISH);
        ObjectProvider<JavaMailSender> provider =
                new StaticListableBeanFactory(Map.of("mail", sender)).getBeanProvider(JavaMailSender.class);
        mailer = new ExpiryReminderMailer(provider, accounts, new Translations(), languages,
                new ExpiryReminderProperties(Duration.ofHours(1), "keydesk@example.test"),
                new PublicUrl(URI.create("https://keys.example.test")));
    }

    private List<SimpleMailMessage> remind(Duration left) {
        mailer.reminderDue(new ExpiryReminderDue(account, "Billing", "kd_\u2026abcd",
                Instant.parse("2026-12-08T13:45:00Z"), left));
        ArgumentCaptor<SimpleMailMessage> mails = ArgumentCaptor.forClass(SimpleMailMessage.class);
        verify(sender, times(2)).send(mails.capture());
        return mails.getAllValues();
    }

    @Test
    void each_member_gets_the_reminder_in_their_language_with_the_date_written_their_way() {
        when(accounts.notificationAddresses(account)).thenReturn(List.of("ana@example.test", "bo@example.test"));
        when(languages.ofAddress("ana@example.test")).thenReturn(Languages.BRAZILIAN_PORTUGUESE);

        List<SimpleMailMessage> mails = remind(Duration.ofDays(7));

        SimpleMailMessage portuguese = mails.get(0);
        assertThat(portuguese.getTo()).containsExactly("ana@example.test");
        assertThat(portuguese.getSubject()).isEqualTo("Keydesk: a chave de API \u201cBilling\u201d expira em 7 dias");
        assertThat(portuguese.getText()).startsWith("A chave de API \u201cBilling\u201d (kd_\u2026abcd) da sua conta "
                + "expira em 7 dias, em 8 de dez. de 2026").contains("13:45 UTC.", "rotacione a chave",
                "https://keys.example.test/api-keys");
        SimpleMailMessage english = mails.get(1);
        assertThat(english.getTo()).containsExactly("bo@example.test");
        assertThat(english.getSubject()).isEqualTo("Keydesk: API key \u201cBilling\u201d expires in 7 days");
        assertThat(english.getText()).startsWith("The API key \u201cBilling\u201d (kd_\u2026abcd) of your account "
                + "expires in 7 days, at Dec 8, 2026").contains("1:45\u202fPM UTC.", "https://keys.example.test/api-keys");
    }

    @Test
    void a_reminder_under_a_day_counts_hours_in_either_language() {
        when(accounts.notificationAddresses(account)).thenReturn(List.of("ana@example.test", "bo@example.test"));
        when(languages.ofAddress("ana@example.test")).thenReturn(Languages.BRAZILIAN_PORTUGUESE);

        List<SimpleMailMessage> mails = remind(Duration.ofHours(1).plusMinutes(10));

        assertThat(mails.get(0).getSubject()).endsWith("expira em 1 hora");
        assertThat(mails.get(1).getSubject()).endsWith("expires in 1 hour");
    }
}
