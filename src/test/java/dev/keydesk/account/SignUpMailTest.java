package dev.keydesk.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.keydesk.testsupport.ClientRequests;
import dev.keydesk.testsupport.IntegrationTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With mail configured, sign-up never tells whether an address is known: the form always answers "We
 * sent a confirmation", and only the mailbox learns which mail it was. Against an in-process SMTP server.
 */
@IntegrationTest
class SignUpMailTest {

    static final String PUBLIC_URL = "https://keys.example.test";
    private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private static final Pattern LINK = Pattern.compile("(\\S+/register/confirm\\?token=)(\\S+)");

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        SMTP.start();
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("keydesk.public-url", () -> PUBLIC_URL);
    }

    @AfterAll
    static void stopMail() {
        SMTP.stop();
    }

    @Autowired
    Registration registration;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    SignUpForms forms;

    @BeforeEach
    void startAfresh() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        forms = new SignUpForms(jdbc);
        forms.forgetSignUpRecords();
    }

    private SignUpResult signUp(SignUp form) {
        return ClientRequests.from("198.51.100.7", "evil.example", () -> registration.register(form));
    }

    /** The one mail to this address; mails of earlier tests may still arrive, sent after their commit. */
    private static MimeMessage onlyMailTo(String address) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        List<MimeMessage> mine;
        do {
            mine = Arrays.stream(SMTP.getReceivedMessages()).filter(mail -> sentTo(mail, address)).toList();
            if (mine.isEmpty()) {
                Thread.sleep(50);
            }
        } while (mine.isEmpty() && System.currentTimeMillis() < deadline);
        assertThat(mine).as("mail to " + address).hasSize(1);
        return mine.getFirst();
    }

    private static boolean sentTo(MimeMessage mail, String address) {
        try {
            return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                    .anyMatch(to -> to.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String confirmationToken(String text) {
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as("a confirmation link in: " + text).isTrue();
        assertThat(link.group(1)).isEqualTo(PUBLIC_URL + "/register/confirm?token=");
        return link.group(2);
    }

    @Test
    void a_new_address_gets_a_confirmation_link_and_the_account_exists_only_once_it_is_opened() throws Exception {
        SignUp form = SignUpForms.valid();

        assertThat(signUp(form)).isEqualTo(new SignUpResult.ConfirmationSent(form.email()));
        assertThat(accounts.findLoginUser(form.username())).isEmpty();

        MimeMessage mail = onlyMailTo(form.email());
        assertThat(mail.getSubject()).isEqualTo("Keydesk: confirm your account");
        String text = (String) mail.getContent();
        assertThat(text).doesNotContain("evil.example").doesNotContain(form.organization())
                .doesNotContain(SignUpForms.PASSWORD);
        String token = confirmationToken(text);
        assertThat(jdbc.sql("select count(*) from pending_sign_up where token_hash = ?").param(token)
                .query(Integer.class).single()).as("the token itself is never stored").isZero();

        assertThat(registration.confirm(token)).isEqualTo(new SignUpConfirmation.Confirmed(form.username()));
        assertThat(accounts.findLoginUser(form.username())).isPresent();
        assertThat(registration.confirm(token)).as("a link confirms once").isInstanceOf(SignUpConfirmation.Invalid.class);
    }

    @Test
    void an_address_a_member_uses_gets_the_same_answer_and_a_someone_tried_mail_and_nothing_is_created()
            throws Exception {
        SignUp form = SignUpForms.withEmail("customer@acme.example");
        String before = forms.tableCounts();

        assertThat(signUp(form)).isEqualTo(new SignUpResult.ConfirmationSent("customer@acme.example"));

        MimeMessage mail = onlyMailTo("customer@acme.example");
        assertThat(mail.getSubject()).isEqualTo("Keydesk: someone tried to sign up with your address");
        assertThat((String) mail.getContent()).contains(PUBLIC_URL + "/login").doesNotContain("token=")
                .doesNotContain(form.username()).doesNotContain(form.organization());
        assertThat(accounts.findLoginUser(form.username())).isEmpty();
        assertThat(forms.tableCounts()).as("only the sign-up record is added")
                .isEqualTo(before.substring(0, before.lastIndexOf('/') + 1)
                        + (Integer.parseInt(before.substring(before.lastIndexOf('/') + 1)) + 1));
    }

    @Test
    void a_form_shown_in_portuguese_keeps_its_language_and_gets_the_confirmation_in_portuguese() throws Exception {
        SignUp english = SignUpForms.valid();
        SignUp form = new SignUp(english.organization(), english.email(), english.username(), english.password(),
                english.confirmPassword(), Locale.of("pt", "BR"));

        signUp(form);

        assertThat(jdbc.sql("select language from pending_sign_up where email = ?").param(form.email())
                .query(String.class).single()).isEqualTo("pt-BR");
        MimeMessage mail = onlyMailTo(form.email());
        assertThat(mail.getSubject()).isEqualTo("Keydesk: confirme sua conta");
        String text = (String) mail.getContent();
        assertThat(text).startsWith("Algu\u00e9m (esperamos que voc\u00ea) criou uma conta no Keydesk")
                .contains("abra este link em at\u00e9 ").doesNotContain("!{");
        assertThat(registration.confirm(confirmationToken(text)))
                .isEqualTo(new SignUpConfirmation.Confirmed(form.username()));
        assertThat(jdbc.sql("select language from app_user where username = ?").param(form.username())
                .query(String.class).single()).as("later mails too").isEqualTo("pt-BR");
    }

    @Test
    void a_member_who_reads_portuguese_is_told_in_portuguese_that_someone_tried_their_address() throws Exception {
        String address = "customer@acme.example";
        jdbc.sql("update app_user set language = 'pt-BR' where email = ?").param(address).update();
        try {
            signUp(SignUpForms.withEmail(address));

            MimeMessage mail = onlyMailTo(address);
            assertThat(mail.getSubject()).isEqualTo("Keydesk: algu\u00e9m tentou se cadastrar com o seu e-mail");
            assertThat((String) mail.getContent()).startsWith("Algu\u00e9m tentou se cadastrar no Keydesk")
                    .contains("Se foi voc\u00ea, entre com o seu nome de usu\u00e1rio atual em " + PUBLIC_URL + "/login");
        } finally {
            jdbc.sql("update app_user set language = null where email = ?").param(address).update();
        }
    }

    @Test
    void an_expired_link_creates_nothing_and_frees_the_names() throws Exception {
        SignUp form = SignUpForms.valid();
        signUp(form);
        String token = confirmationToken((String) onlyMailTo(form.email()).getContent());
        jdbc.sql("update pending_sign_up set expires_at = created_at - interval '1' minute").update();

        assertThat(registration.confirm(token)).isInstanceOf(SignUpConfirmation.Invalid.class);
        assertThat(accounts.findLoginUser(form.username())).isEmpty();
        assertThat(signUp(form)).as("the names are free again").isInstanceOf(SignUpResult.ConfirmationSent.class);
    }

    @Test
    void a_pending_sign_up_holds_its_organization_name_and_username() {
        SignUp form = SignUpForms.valid();
        signUp(form);

        SignUpRefusedException refused = SignUpForms.refusal(() -> signUp(new SignUp(form.organization().toUpperCase(),
                "other@initech.example", form.username().toUpperCase(), SignUpForms.PASSWORD, SignUpForms.PASSWORD)));
        assertThat(refused.errors()).containsOnlyKeys(SignUpField.ORGANIZATION, SignUpField.USERNAME);
    }

    @Test
    void unknown_or_malformed_tokens_confirm_nothing() {
        String before = forms.tableCounts();
        for (String token : new String[] {"", "x", "A".repeat(43), "A".repeat(10_000), "<script>", "' or 1=1 --"}) {
            assertThat(registration.confirm(token)).as(token).isInstanceOf(SignUpConfirmation.Invalid.class);
        }
        assertThat(registration.confirm(null)).isInstanceOf(SignUpConfirmation.Invalid.class);
        assertThat(forms.tableCounts()).isEqualTo(before);
    }
}
