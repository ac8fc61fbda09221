package dev.keydesk.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.keydesk.testsupport.AccountSecurityTestBase;
import dev.keydesk.testsupport.DashboardSession;
import dev.keydesk.testsupport.RawHttp;
import dev.keydesk.testsupport.RawHttp.Response;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

/** Sign-in sessions over real HTTP: recorded at sign-in by a hash only, listed, and refused once revoked. */
class SignInSessionsTest extends AccountSecurityTestBase {

    @Autowired
    SignInSessions sessions;

    TestCustomer customer;
    RawHttp http;

    @BeforeEach
    void newCustomer() {
        customer = accounts.newCustomer();
        http = new RawHttp(port);
    }

    private DashboardSession signIn() {
        DashboardSession session = new DashboardSession(http);
        assertThat(session.logIn(customer.username(), TestCustomer.PASSWORD).status()).isEqualTo(302);
        assertThat(session.get("/api-keys").status()).isEqualTo(200);
        return session;
    }

    private UUID rowOf(DashboardSession session) {
        return jdbc.sql("select id from sign_in_session where session_hash = ?")
                .param(SessionHash.of(session.cookie())).query(UUID.class).single();
    }

    @Test
    void signing_in_records_the_session_by_a_hash_of_its_id_never_the_id() {
        DashboardSession session = signIn();

        List<Map<String, Object>> rows = jdbc.sql("select * from sign_in_session where user_id = ?")
                .param(customer.userId()).query().listOfRows();
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().get("session_hash")).isEqualTo(SessionHash.of(session.cookie()));
        assertThat(rows.getFirst().values()).allSatisfy(value -> assertThat(String.valueOf(value))
                .doesNotContain(session.cookie()));
        assertThat(rows.getFirst().get("client_address")).isEqualTo("127.0.0.1");
    }

    @Test
    void signing_out_the_other_sessions_sends_them_to_the_login_at_their_next_request_and_keeps_this_one() {
        DashboardSession mine = signIn();
        DashboardSession other = signIn();
        MockHttpSession current = new MockHttpSession();
        current.setAttribute(SignInSessions.ROW, rowOf(mine));

        int signedOut = signedIn.as(customer.username(), () -> inRequest("127.0.0.1", current,
                sessions::signOutOthers));

        assertThat(signedOut).isEqualTo(1);
        Response refused = other.get("/api-keys");
        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.header("Location")).contains("/login");
        assertThat(other.get("/api-keys").status()).as("the session is over, not just refused once").isEqualTo(302);
        assertThat(mine.get("/api-keys").status()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from audit_event where account_id = ? and action = 'OTHER_SESSIONS_SIGNED_OUT'")
                .param(customer.accountId()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void a_password_reset_revocation_ends_every_session_of_the_user() {
        DashboardSession first = signIn();
        DashboardSession second = signIn();

        assertThat(sessions.revokeAll(customer.userId())).isEqualTo(2);

        assertThat(first.get("/api-keys").header("Location")).contains("/login");
        assertThat(second.get("/api-keys").header("Location")).contains("/login");
        assertThat(jdbc.sql("select count(*) from sign_in_session where user_id = ?").param(customer.userId())
                .query(Integer.class).single()).as("an ended session's row goes").isZero();
    }

    @Test
    void the_person_sees_their_sessions_with_browser_and_this_session_marked() {
        DashboardSession mine = signIn();
        signIn();
        MockHttpSession current = new MockHttpSession();
        current.setAttribute(SignInSessions.ROW, rowOf(mine));

        List<ActiveSession> listed = signedIn.as(customer.username(), () -> inRequest("127.0.0.1", current,
                sessions::mine));

        assertThat(listed).hasSize(2);
        assertThat(listed).filteredOn(ActiveSession::current).singleElement()
                .extracting(ActiveSession::id).isEqualTo(rowOf(mine));
        assertThat(listed).allSatisfy(session -> assertThat(session.clientAddress()).isEqualTo("127.0.0.1"));
    }

    @Test
    void housekeeping_forgets_sessions_idle_longer_than_the_session_timeout() {
        signIn();
        clock.advance(Duration.ofMinutes(33));

        sessions.forgetEnded();

        assertThat(jdbc.sql("select count(*) from sign_in_session where user_id = ?").param(customer.userId())
                .query(Integer.class).single()).isZero();
    }
}
