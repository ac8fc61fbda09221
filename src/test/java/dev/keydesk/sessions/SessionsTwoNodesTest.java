package dev.keydesk.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import dev.keydesk.account.UserProvisioning;
import dev.keydesk.testsupport.DashboardSession;
import dev.keydesk.testsupport.PostgresDatabases;
import dev.keydesk.testsupport.RawHttp;
import dev.keydesk.testsupport.RawHttp.Response;
import dev.keydesk.testsupport.TestAccounts;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import dev.keydesk.testsupport.TestNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Two nodes on one PostgreSQL 17 database, each holding its own servlet sessions (as behind a sticky load
 * balancer): signing out on one node ends the person's session on the other at its next request.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionsTwoNodesTest {

    TestNode first;
    TestNode second;
    JdbcClient jdbc;

    @BeforeAll
    void startTwoNodes() {
        String url = PostgresDatabases.newDatabase();
        first = TestNode.start(url, Map.of("keydesk.demo-data", "true"));
        second = TestNode.start(url, Map.of("keydesk.demo-data", "false"));
        jdbc = first.bean(JdbcClient.class);
    }

    @AfterAll
    void stopNodes() {
        second.close();
        first.close();
    }

    @Test
    void signing_out_other_sessions_on_one_node_ends_the_session_held_by_the_other_node() {
        TestCustomer customer = new TestAccounts(first.bean(UserProvisioning.class), jdbc).newCustomer();
        DashboardSession onFirst = signIn(first, customer);
        DashboardSession onSecond = signIn(second, customer);
        MockHttpSession current = new MockHttpSession();
        current.setAttribute(SignInSessions.ROW, jdbc.sql("select id from sign_in_session where session_hash = ?")
                .param(SessionHash.of(onFirst.cookie())).query(UUID.class).single());

        int signedOut = first.signedIn().as(customer.username(), () -> inRequest(current,
                () -> first.bean(SignInSessions.class).signOutOthers()));

        assertThat(signedOut).isEqualTo(1);
        Response refused = onSecond.get("/api-keys");
        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.header("Location")).contains("/login");
        assertThat(onFirst.get("/api-keys").status()).isEqualTo(200);
    }

    @Test
    void a_reset_on_one_node_ends_every_session_on_both() {
        TestCustomer customer = new TestAccounts(first.bean(UserProvisioning.class), jdbc).newCustomer();
        DashboardSession onFirst = signIn(first, customer);
        DashboardSession onSecond = signIn(second, customer);

        second.bean(SignInSessions.class).revokeAll(customer.userId());

        assertThat(onFirst.get("/api-keys").header("Location")).contains("/login");
        assertThat(onSecond.get("/api-keys").header("Location")).contains("/login");
    }

    private static DashboardSession signIn(TestNode node, TestCustomer customer) {
        int port = Integer.parseInt(node.bean(Environment.class).getRequiredProperty("local.server.port"));
        DashboardSession session = new DashboardSession(new RawHttp(port));
        assertThat(session.logIn(customer.username(), TestCustomer.PASSWORD).status()).isEqualTo(302);
        assertThat(session.get("/api-keys").status()).isEqualTo(200);
        return session;
    }

    private static <T> T inRequest(MockHttpSession session, Supplier<T> call) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setRemoteAddr("127.0.0.1");
        request.setSession(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            return call.get();
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }
}
