package dev.keydesk.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.keydesk.account.Credentials;
import dev.keydesk.testsupport.AccountSecurityTestBase;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

/** "Forgot password?" with mail configured, against an in-process SMTP server and a clock the tests move. */
class PasswordResetTest extends AccountSecurityTestBase {

    static final String NEW_PASSWORD = "a brand new passphrase";
    private static final Pattern LINK = Pattern.compile("(\\S+/reset-password\\?token=)(\\S+)");

    @Autowired
    PasswordResets resets;
    @Autowired
    Credentials credentials;

    TestCustomer customer;
    String email;
    String address;

    @BeforeEach
    void newCustomer() {
        customer = accounts.newCustomer();
        email = customer.username() + "@example.com";
        address = randomAddress();
    }

    private void request(String usernameOrEmail) {
        inRequest(address, new MockHttpSession(), () -> {
            resets.request(usernameOrEmail);
            return null;
        });
    }

    private String tokenOfTheOnlyMail() throws Exception {
        MimeMessage mail = mailsTo(email, 1).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Keydesk: reset your password");
        Matcher link = LINK.matcher((String) mail.getContent());
        assertThat(link.find()).as("a reset link in the mail").isTrue();
        assertThat(link.group(1)).isEqualTo(PUBLIC_URL + "/reset-password?token=");
        return link.group(2);
    }

    @Test
    void an_email_address_gets_a_one_time_link_of_30_minutes_whose_token_is_stored_only_as_a_hash() throws Exception {
        request(email.toUpperCase());

        String token = tokenOfTheOnlyMail();
        assertThat(jdbc.sql("select count(*) from password_reset where token_hash = ?").param(token)
                .query(Integer.class).single()).as("the token itself is never stored").isZero();
        assertThat(jdbc.sql("select expires_at from password_reset where user_id = ?").param(customer.userId())
                .query(OffsetDateTime.class).single().toInstant())
                .isEqualTo(clock.instant().plus(Duration.ofMinutes(30)));
        assertThat(resets.isValid(token)).isTrue();
    }

    @Test
    void a_user_who_reads_portuguese_gets_the_link_in_portuguese_and_others_in_english() throws Exception {
        jdbc.sql("update app_user set language = 'pt-BR' where id = ?").param(customer.userId()).update();

        request(email);

        MimeMessage mail = mailsTo(email, 1).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Keydesk: redefina sua senha");
        assertThat((String) mail.getContent()).startsWith("Algu\u00e9m (esperamos que voc\u00ea) pediu para redefinir "
                + "a senha do Keydesk de " + customer.username() + ".").contains("abra este link em at\u00e9 30 minutos:")
                .contains(PUBLIC_URL + "/reset-password?token=");

        TestCustomer english = accounts.newCustomer();
        request(english.username());
        assertThat((String) mailsTo(english.username() + "@example.com", 1).getFirst().getContent())
                .startsWith("Someone, hopefully you, asked to reset the Keydesk password of " + english.username() + ".")
                .contains("open this link within 30 minutes:");
    }

    @Test
    void a_username_works_as_well_as_an_address() throws Exception {
        request(customer.username());

        assertThat(resets.isValid(tokenOfTheOnlyMail())).isTrue();
    }

    @Test
    void an_unknown_name_or_address_gets_the_same_answer_and_nothing_is_stored_or_sent() throws Exception {
        int mailsBefore = SMTP.getReceivedMessages().length;

        request("nobody-" + UUID.randomUUID());
        request("nobody-" + UUID.randomUUID() + "@example.com");

        assertThat(jdbc.sql("select count(*) from password_reset_request where network like ?")
                .param(address.substring(0, address.indexOf("::")) + "%").query(Integer.class).single())
                .as("both requests count for the throttle").isEqualTo(2);
        Thread.sleep(500);
        assertThat(SMTP.getReceivedMessages()).hasSize(mailsBefore);
    }

    @Test
    void a_link_resets_the_password_once_signs_out_every_session_and_is_audited() throws Exception {
        UUID session = session();
        request(email);
        String token = tokenOfTheOnlyMail();

        assertThat(inRequest(address, new MockHttpSession(), () -> resets.reset(token, NEW_PASSWORD)))
                .contains(customer.username());

        assertThat(credentials.matches(customer.userId(), NEW_PASSWORD)).isTrue();
        assertThat(jdbc.sql("select revoked_at is not null from sign_in_session where id = ?").param(session)
                .query(Boolean.class).single()).as("every session is signed out").isTrue();
        assertThat(jdbc.sql("select remote_address from audit_event where account_id = ? and action = 'PASSWORD_RESET'")
                .param(customer.accountId()).query(String.class).single()).isEqualTo(address);
        assertThat(resets.isValid(token)).isFalse();
        assertThat(resets.reset(token, "another new passphrase")).as("a link resets once").isEmpty();
        assertThat(credentials.matches(customer.userId(), NEW_PASSWORD)).isTrue();
    }

    @Test
    void a_link_stops_working_after_30_minutes() throws Exception {
        request(email);
        String token = tokenOfTheOnlyMail();
        clock.advance(Duration.ofMinutes(30));

        assertThat(resets.isValid(token)).isFalse();
        assertThat(resets.reset(token, NEW_PASSWORD)).isEmpty();
        assertThat(credentials.matches(customer.userId(), TestCustomer.PASSWORD)).isTrue();
    }

    @Test
    void a_password_the_policy_refuses_changes_nothing_and_leaves_the_link_valid() throws Exception {
        request(email);
        String token = tokenOfTheOnlyMail();

        assertThatExceptionOfType(PasswordRefusedException.class).isThrownBy(() -> resets.reset(token, "1QAZ2WSX3EDC"));

        assertThat(resets.isValid(token)).isTrue();
        assertThat(credentials.matches(customer.userId(), TestCustomer.PASSWORD)).isTrue();
    }

    @Test
    void a_network_may_ask_ten_times_an_hour() {
        for (int i = 0; i < 10; i++) {
            request("nobody-" + i);
        }

        assertThatExceptionOfType(PasswordResetLimitException.class).isThrownBy(() -> request(email));
        clock.advance(Duration.ofMinutes(61));
        request("nobody-after-an-hour");
    }

    @Test
    void a_user_gets_at_most_three_mails_an_hour_whoever_asks() throws Exception {
        for (int i = 0; i < 4; i++) {
            address = randomAddress();
            request(email);
        }

        mailsTo(email, 3);
        Thread.sleep(500);
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).filter(mail -> {
            try {
                return mail.getAllRecipients()[0].toString().equalsIgnoreCase(email);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        })).hasSize(3);
    }

    @Test
    void a_malformed_or_unknown_link_resets_nothing() {
        assertThat(resets.isValid(null)).isFalse();
        assertThat(resets.isValid("x".repeat(65))).isFalse();
        assertThat(resets.reset("unknown-token", NEW_PASSWORD)).isEmpty();
    }

    private UUID session() {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        jdbc.sql("""
                        insert into sign_in_session (id, session_hash, user_id, created_at, last_seen_at)
                        values (?, ?, ?, ?, ?)""")
                .params(id, (id.toString() + id).replace("-", "").substring(0, 64), customer.userId(), now, now)
                .update();
        return id;
    }
}
