package dev.keydesk.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.keydesk.account.UserProvisioning;
import dev.keydesk.testsupport.Concurrently;
import dev.keydesk.testsupport.PostgresDatabases;
import dev.keydesk.testsupport.SignedIn;
import dev.keydesk.testsupport.TestAccounts;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import dev.keydesk.testsupport.TestNode;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application nodes on one PostgreSQL database, both with mail, run the reminder job at the same
 * moment: every reminder is mailed once, never twice, and never with the key in it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExpiryRemindersTwoNodesTest {

    private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private final List<TestNode> nodes = new ArrayList<>();
    private JdbcClient jdbc;
    private TestAccounts accounts;
    private SignedIn signedIn;

    @BeforeAll
    void startTwoNodes() {
        smtp.start();
        String url = PostgresDatabases.newDatabase();
        for (boolean first : new boolean[] {true, false}) {
            nodes.add(TestNode.start(url, Map.of("keydesk.demo-data", String.valueOf(first),
                    "spring.mail.host", "127.0.0.1", "spring.mail.port", String.valueOf(smtp.getSmtp().getPort()),
                    "keydesk.expiry-reminders.interval", "1h", "keydesk.public-url", "https://keys.example.test/")));
        }
        jdbc = nodes.getFirst().bean(JdbcClient.class);
        accounts = new TestAccounts(nodes.getFirst().bean(UserProvisioning.class), jdbc);
        signedIn = nodes.getFirst().signedIn();
    }

    @AfterAll
    void stop() {
        nodes.forEach(TestNode::close);
        smtp.stop();
    }

    @BeforeEach
    void noMail() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void two_nodes_running_the_job_at_once_send_each_due_reminder_once() throws Exception {
        TestCustomer customer = accounts.newCustomer();
        NewApiKey inThreeDays = generateExpiringIn(customer, "Three days", Duration.ofDays(3));
        NewApiKey inTwentyHours = generateExpiringIn(customer, "Twenty hours", Duration.ofHours(20));
        generateExpiringIn(customer, "Ten days", Duration.ofDays(10));

        List<Object> sent = Concurrently.run(2, i -> () -> nodes.get(i).bean(ExpiryReminders.class).sendDue());

        assertThat(sent.stream().mapToInt(Integer.class::cast).sum()).isEqualTo(2);
        assertThat(smtp.waitForIncomingEmail(10_000, 2)).isTrue();
        Thread.sleep(500); // a duplicate, if any, would arrive right behind
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                "Keydesk: API key \u201cThree days\u201d expires in 3 days",
                "Keydesk: API key \u201cTwenty hours\u201d expires in 20 hours");
        for (MimeMessage mail : mails) {
            assertThat((String) mail.getContent()).contains("https://keys.example.test/api-keys")
                    .doesNotContain(inThreeDays.secret()).doesNotContain(inTwentyHours.secret());
        }
        assertThat(reminderRows(inThreeDays)).isEqualTo(1);
        assertThat(reminderRows(inTwentyHours)).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit_event where account_id = ? and action = 'EXPIRY_REMINDER_SENT'")
                .param(customer.accountId()).query(Integer.class).single()).isEqualTo(2);

        List<Object> again = Concurrently.run(2, i -> () -> nodes.get(i).bean(ExpiryReminders.class).sendDue());
        assertThat(again).containsOnly(0);
    }

    @Test
    void support_bringing_an_expiration_forward_mails_the_reminder_at_once() throws Exception {
        TestCustomer customer = accounts.newCustomer();
        NewApiKey key = generateExpiringIn(customer, "Suspicious", Duration.ofDays(60));
        SupportKeyActions support = nodes.getLast().bean(SupportKeyActions.class);

        nodes.getLast().signedIn().as("support",
                () -> support.setExpirationAsSupport(key.key().id(), SupportExpiry.HOURS_24, null, "Misuse suspected"));

        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(smtp.getReceivedMessages()[0].getSubject()).startsWith("Keydesk: API key \u201cSuspicious\u201d expires in 2");
        assertThat(reminderRows(key)).isEqualTo(2);
    }

    private NewApiKey generateExpiringIn(TestCustomer customer, String name, Duration left) {
        NewApiKey key = signedIn.as(customer.username(),
                () -> nodes.getFirst().bean(ApiKeyService.class).generate(customer.accountId(), name));
        jdbc.sql("update api_key set expires_at = ? where id = ?")
                .params(Instant.now().plus(left).plusSeconds(30).atOffset(ZoneOffset.UTC), key.key().id()).update();
        return key;
    }

    private int reminderRows(NewApiKey key) {
        UUID keyId = key.key().id();
        return jdbc.sql("select count(*) from key_reminder where key_id = ?").param(keyId).query(Integer.class).single();
    }
}
