package dev.keydesk.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * One application for the tests of password change and reset, sessions and recent sign-in: real HTTP on a
 * random port, a clock the tests move, and an in-process SMTP server that catches every mail.
 */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.Config.class)
public abstract class AccountSecurityTestBase {

    public static final String PUBLIC_URL = "https://keys.example.test";
    public static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";
    protected static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        SMTP.start();
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("keydesk.public-url", () -> PUBLIC_URL);
    }

    @LocalServerPort
    protected int port;
    @Autowired
    protected TestClock clock;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected SignedIn signedIn;
    @Autowired
    protected TestAccounts accounts;

    /** Runs a call as part of an HTTP request from the given address, in a session with the given attributes. */
    protected static <T> T inRequest(String address, MockHttpSession session, Supplier<T> call) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setRemoteAddr(address);
        request.addHeader("User-Agent", BROWSER);
        request.setSession(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            return call.get();
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    /** The mails received for an address so far, waiting up to a few seconds for at least {@code atLeast}. */
    protected static List<MimeMessage> mailsTo(String address, int atLeast) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        List<MimeMessage> mine;
        do {
            mine = Arrays.stream(SMTP.getReceivedMessages()).filter(mail -> sentTo(mail, address)).toList();
            if (mine.size() < atLeast) {
                Thread.sleep(50);
            }
        } while (mine.size() < atLeast && System.currentTimeMillis() < deadline);
        assertThat(mine).as("mails to " + address).hasSizeGreaterThanOrEqualTo(atLeast);
        return mine;
    }

    private static boolean sentTo(MimeMessage mail, String address) {
        try {
            return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                    .anyMatch(to -> to.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static String randomAddress() {
        UUID id = UUID.randomUUID();
        return "2001:db8:" + Integer.toHexString((int) (id.getMostSignificantBits() & 0xffff)) + ":"
                + Integer.toHexString((int) (id.getLeastSignificantBits() & 0xffff)) + "::1";
    }
}
