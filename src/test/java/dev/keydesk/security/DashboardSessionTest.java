package dev.keydesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import dev.keydesk.testsupport.DashboardSession;
import dev.keydesk.testsupport.RawHttp;
import dev.keydesk.testsupport.RawHttp.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The dashboard's session and login over plain HTTP, as an attacker's script would send them: login CSRF,
 * session ids, timeouts, redirects. The absolute timeout is shortened so a test can outlive it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "keydesk.session.absolute-timeout=6s")
@ActiveProfiles("test")
class DashboardSessionTest {

    @LocalServerPort
    int port;

    @Autowired
    ServerProperties server;

    RawHttp http;

    @BeforeEach
    void connect() {
        http = new RawHttp(port);
    }

    @Test
    void a_login_post_without_the_csrf_token_from_another_site_logs_nobody_in() {
        Response login = http.send("POST /login HTTP/1.1", List.of("Origin: http://evil.example",
                "Content-Type: application/x-www-form-urlencoded"),
                "username=customer2&password=customer2-password".getBytes());

        assertThat(login.header("Location")).isNotEqualTo(java.util.Optional.of("/"));
        assertNotSignedIn(DashboardSession.sessionId(login));
    }

    @Test
    void a_login_post_without_the_token_of_its_own_session_logs_nobody_in() {
        DashboardSession victim = new DashboardSession(http);

        Response login = victim.logIn("customer2", "customer2-password", null);

        assertThat(login.header("Location")).isNotEqualTo(java.util.Optional.of("/"));
        assertNotSignedIn(victim.cookie());
    }

    @Test
    void a_login_post_with_another_sessions_token_logs_nobody_in() {
        DashboardSession attacker = new DashboardSession(http);
        DashboardSession victim = new DashboardSession(http);

        victim.logIn("customer2", "customer2-password", attacker.csrfToken());

        assertNotSignedIn(victim.cookie());
    }

    @Test
    void a_login_post_with_the_forms_token_logs_in_under_a_new_session_id() {
        DashboardSession session = new DashboardSession(http);
        String before = session.cookie();

        Response login = session.logIn("customer", "customer-password");

        assertThat(login.status()).isEqualTo(302);
        assertThat(login.header("Location")).contains("/");
        assertThat(session.cookie()).isNotEqualTo(before);
        assertThat(session.get("/api-keys").status()).isEqualTo(200);
        assertNotSignedIn(before);
    }

    @Test
    void no_redirect_carries_the_session_id_in_its_url() {
        Response redirect = http.send("GET /api-keys HTTP/1.1");

        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.header("Location")).contains("/login");
        assertThat(redirect.header("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie).startsWith("JSESSIONID="));
        assertThat(http.send("GET / HTTP/1.1").header("Location")).contains("/login");
    }

    @Test
    void a_forged_host_header_never_becomes_a_redirect_target() {
        for (String path : List.of("/", "/api-keys", "/support/accounts", "/activity")) {
            Response redirect = http.send("GET " + path + " HTTP/1.1", "Host: evil.example");

            assertThat(redirect.status()).as(path).isEqualTo(302);
            assertThat(redirect.header("Location")).as(path).contains("/login");
        }
        DashboardSession session = new DashboardSession(http);
        Response login = http.send("POST /login HTTP/1.1", List.of("Host: evil.example",
                "Cookie: JSESSIONID=" + session.cookie(), "Content-Type: application/x-www-form-urlencoded"),
                ("username=customer&password=customer-password&_csrf=" + session.csrfToken()).getBytes());
        assertThat(login.header("Location")).hasValueSatisfying(location -> assertThat(location)
                .startsWith("/").doesNotContain("evil.example"));
    }

    @Test
    void a_session_ends_at_its_absolute_timeout_however_active_it_is() throws InterruptedException {
        DashboardSession session = new DashboardSession(http);
        session.logIn("customer", "customer-password");
        long signedInAt = System.nanoTime();
        while (System.nanoTime() - signedInAt < Duration.ofSeconds(4).toNanos()) {
            assertThat(session.get("/api-keys").status()).as("still within the absolute timeout").isEqualTo(200);
            Thread.sleep(1_000);
        }
        Thread.sleep(Duration.ofSeconds(3).toMillis());

        Response expired = session.get("/api-keys");

        assertThat(expired.status()).isEqualTo(302);
        assertThat(expired.header("Location")).contains("/login");
        assertNotSignedIn(session.cookie());
    }

    @Test
    void an_idle_session_ends_after_thirty_minutes() {
        assertThat(server.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
    }

    private void assertNotSignedIn(String sessionId) {
        Response page = http.send("GET /api-keys HTTP/1.1", "Cookie: JSESSIONID=" + sessionId);
        assertThat(page.status()).as("/api-keys with session " + sessionId).isEqualTo(302);
        assertThat(page.header("Location")).contains("/login");
    }
}
