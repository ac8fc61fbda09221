package dev.keydesk.leak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.keydesk.testsupport.IntegrationTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/** Members are told by mail, against an in-process SMTP server: after commit, and never with the key. */
@IntegrationTest
class DisclosureMailTest {

    private static final String URL = "https://github.com/acme/app/blob/abc/.env";
    private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        SMTP.start();
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stopMail() {
        SMTP.stop();
    }

    @Autowired
    WebApplicationContext context;
    @Autowired
    LeakReportService reports;
    @Autowired
    TransactionTemplate transaction;

    LeakFixture fixture;

    @BeforeEach
    void clean() throws Exception {
        // Not reset(): that restarts the server on another dynamic port.
        SMTP.purgeEmailFromAllMailboxes();
        fixture = new LeakFixture(context);
    }

    @Test
    void members_are_told_the_key_name_hint_and_url_but_never_the_key() throws Exception {
        LeakFixture.Owner owner = fixture.newAccount();
        String key = fixture.generateKey(owner, "Billing service");
        fixture.report(TestReports.body(List.of(key), URL)).andExpect(status().isOk());

        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        String text = (String) mail.getContent();
        assertThat(Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString))
                .containsExactly(owner.username() + "@example.test");
        assertThat(mail.getSubject())
                .isEqualTo("Keydesk: API key \u201cBilling service\u201d was found publicly and deactivated");
        assertThat(text).contains("Billing service", "kd_\u2026" + key.substring(45), URL,
                "Generate a new key", "Delete the old key");
        assertThat(text + mail.getSubject()).doesNotContain(key).doesNotContain(key.substring(3, 40));
    }

    @Test
    void nothing_is_mailed_when_the_deactivation_rolls_back() throws Exception {
        LeakFixture.Owner rolledBack = fixture.newAccount();
        String key = fixture.generateKey(rolledBack, "Rolled back");
        transaction.executeWithoutResult(status -> {
            reports.process(List.of(new ReportedToken(key, "keydesk_api_key", URL, "commit")), "127.0.0.1");
            status.setRollbackOnly();
        });
        assertThat(fixture.status(key)).isEqualTo("ACTIVE");

        LeakFixture.Owner committed = fixture.newAccount();
        fixture.report(TestReports.body(List.of(fixture.generateKey(committed, "Committed")), URL))
                .andExpect(status().isOk());
        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(SMTP.getReceivedMessages()).singleElement()
                .satisfies(mail -> assertThat(mail.getSubject()).contains("Committed"));
    }
}
