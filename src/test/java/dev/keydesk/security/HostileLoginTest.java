package dev.keydesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import dev.keydesk.testsupport.HostileText;
import dev.keydesk.testsupport.IntegrationTest;
import dev.keydesk.testsupport.NoErrorLogged;
import dev.keydesk.testsupport.TestAccounts;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Hostile login fields through the real filter chain: each row is refused like a wrong password (back to
 * /login?error), never a 500, never a session, never the input reflected, nothing changed in the database.
 */
@IntegrationTest
@ExtendWith(NoErrorLogged.class)
class HostileLoginTest {

    /** Each row from its own documentation address, so no row (or other test) meets another's throttling. */
    private static final AtomicInteger ADDRESS = new AtomicInteger(1);

    @Autowired
    WebApplicationContext context;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    TestCustomer victim;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        victim = accounts.newCustomer();
    }

    static Stream<Arguments> hostileFields() {
        String victim = "{victim}";
        return Stream.of(
                arguments("empty fields", "", ""),
                arguments("64 kB username", "u".repeat(65_536), "wrong-password-123"),
                arguments("64 kB password", victim, "p".repeat(65_536)),
                arguments("73-byte password (beyond bcrypt)", victim, "p".repeat(73)),
                arguments("NUL in username", victim + "\u0000", "wrong-password-123"),
                arguments("NUL in password", victim, "pass\u0000word-123"),
                arguments("CRLF log injection", victim + "\r\n2026-12-01 INFO forged line", "wrong-password-123"),
                arguments("bidi in username", "\u202E" + victim, "wrong-password-123"),
                arguments("zero width in username", victim + "\u200B", TestCustomer.PASSWORD),
                arguments("SQL in username", victim + "' or '1'='1' --", "x' or '1'='1"),
                arguments("SQL comment after username", victim + "'--", TestCustomer.PASSWORD),
                arguments("markup in username", HostileText.HTML, "wrong-password-123"),
                arguments("markup in password", victim, HostileText.HTML),
                arguments("invalid surrogate", "\uD800" + victim, "\uDC00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFields")
    void a_hostile_login_is_refused_like_a_wrong_password(String row, String username, String password)
            throws Exception {
        String user = username.replace("{victim}", victim.username());
        String before = usersTable();

        MockHttpServletResponse response = mvc.perform(post("/login").with(csrf())
                        .with(request -> {
                            request.setRemoteAddr("192.0.2." + ADDRESS.getAndIncrement() % 250);
                            return request;
                        })
                        .param("username", user).param("password", password))
                .andExpect(status().isFound())
                .andExpect(unauthenticated())
                .andReturn().getResponse();

        assertThat(response.getRedirectedUrl()).endsWith("/login?error");
        String everything = response.getContentAsString() + response.getHeaderNames().stream()
                .map(name -> name + ": " + response.getHeaders(name)).toList();
        assertThat(everything).doesNotContain("<script>").doesNotContain("onerror").doesNotContain("forged line")
                .doesNotContain(password.length() > 3 ? password : "\u0000never");
        assertThat(usersTable()).isEqualTo(before);
    }

    private String usersTable() {
        return jdbc.sql("select count(*) || ':' || max(password_hash) from app_user where username = ?")
                .param(victim.username()).query(String.class).single()
                + "/" + jdbc.sql("select count(*) from app_user").query(Integer.class).single();
    }
}
