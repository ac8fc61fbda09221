package dev.keydesk.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.keydesk.testsupport.DashboardSession;
import dev.keydesk.testsupport.InsertedKeys;
import dev.keydesk.testsupport.InsertedKeys.TestKey;
import dev.keydesk.testsupport.RawHttp;
import dev.keydesk.testsupport.RawHttp.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The exact header set of each kind of response, as a browser or client receives it over real HTTP.
 * The app runs as behind a TLS proxy ({@code forward-headers-strategy=native}, as in prod), so a request
 * may arrive "over TLS" with {@code X-Forwarded-Proto: https}; each API test has its own client address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.forward-headers-strategy=native", "keydesk.api.failed-attempts-per-minute=2"})
@ActiveProfiles("test")
class ResponseHeadersTest {

    /** Transport headers whose values vary by response; their presence is not what this test is about. */
    static final List<String> TRANSPORT = List.of("date", "content-length", "transfer-encoding", "connection",
            "keep-alive");
    static final String COOKIE = "JSESSIONID=[0-9A-F]{32}; Path=/; HttpOnly; SameSite=Lax";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    RawHttp http;

    @BeforeEach
    void connect() {
        http = new RawHttp(port);
    }

    @Test
    void the_login_page_carries_exactly_the_dashboard_headers() {
        Response page = new DashboardSession(http).loginPage();

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie).matches(COOKIE));
        assertThat(headersOf(page, "set-cookie")).isEqualTo(dashboard("text/html;charset=utf-8"));
    }

    @Test
    void a_dashboard_page_of_a_signed_in_customer_carries_exactly_the_dashboard_headers() {
        DashboardSession session = new DashboardSession(http);
        session.logIn("customer", "customer-password");

        Response page = session.get("/api-keys");

        assertThat(page.status()).isEqualTo(200);
        assertThat(headersOf(page)).isEqualTo(dashboard("text/html;charset=utf-8"));
    }

    @Test
    void a_vaadin_uidl_response_is_never_stored_and_carries_exactly_the_dashboard_headers() {
        Response uidl = new DashboardSession(http).uidl();

        assertThat(uidl.status()).isEqualTo(200);
        assertThat(headersOf(uidl)).isEqualTo(dashboard("application/json;charset=UTF-8"));
    }

    /** Vaadin decides: a year for the content-hashed files in production mode, revalidation in development. */
    @Test
    void the_static_bundle_keeps_the_caching_vaadin_gives_it() {
        String page = new DashboardSession(http).loginPage().body();
        Matcher script = Pattern.compile("src=\"\\./(VAADIN/build/[^\"]+\\.js)\"").matcher(page);
        assertThat(script.find()).isTrue();

        Response bundle = http.send("GET /" + script.group(1) + " HTTP/1.1");

        assertThat(bundle.status()).isEqualTo(200);
        assertThat(bundle.header("Cache-Control")).hasValueSatisfying(cache -> assertThat(cache)
                .isNotBlank().doesNotContain("no-store"));
    }

    @Test
    void an_api_200_carries_exactly_the_api_headers() {
        TestKey key = InsertedKeys.insert(jdbc);

        Response me = http.send("GET /api/v1/me HTTP/1.1", "Authorization: Bearer " + key.secret(),
                "X-Forwarded-For: 198.51.100.1");

        assertThat(me.status()).isEqualTo(200);
        assertThat(headersOf(me)).isEqualTo(api("application/json"));
    }

    @Test
    void an_api_401_carries_exactly_the_api_headers() {
        Response me = http.send("GET /api/v1/me HTTP/1.1", "X-Forwarded-For: 198.51.100.2");

        assertThat(me.status()).isEqualTo(401);
        assertThat(headersOf(me)).isEqualTo(api("application/json;charset=UTF-8"));
    }

    @Test
    void an_api_429_carries_exactly_the_api_headers_and_retry_after() {
        String unknownKey = "Authorization: Bearer kd_" + "0".repeat(46);
        for (int i = 0; i < 2; i++) {
            http.send("GET /api/v1/me HTTP/1.1", unknownKey, "X-Forwarded-For: 198.51.100.3");
        }

        Response me = http.send("GET /api/v1/me HTTP/1.1", unknownKey, "X-Forwarded-For: 198.51.100.3");

        assertThat(me.status()).isEqualTo(429);
        assertThat(me.header("Retry-After")).hasValueSatisfying(after -> assertThat(after).matches("[1-9][0-9]?"));
        assertThat(headersOf(me, "retry-after")).isEqualTo(api("application/json;charset=UTF-8"));
    }

    @Test
    void a_request_over_tls_gets_hsts_and_a_secure_session_cookie() {
        Response page = http.send("GET /login HTTP/1.1", "X-Forwarded-Proto: https");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .matches("JSESSIONID=[0-9A-F]{32}; Path=/; Secure; HttpOnly; SameSite=Lax"));
        assertThat(page.header("Strict-Transport-Security")).contains("max-age=63072000; includeSubDomains");
        Response api = http.send("GET /api/v1/ping HTTP/1.1", "X-Forwarded-Proto: https");
        assertThat(api.header("Strict-Transport-Security")).contains("max-age=63072000; includeSubDomains");
    }

    @Test
    void a_plain_http_request_gets_neither_hsts_nor_a_secure_cookie() {
        Response page = http.send("GET /login HTTP/1.1");

        assertThat(page.headers()).doesNotContainKey("strict-transport-security");
        assertThat(page.header("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie).doesNotContain("Secure"));
    }

    /** Every header but the transport ones, the request id and the named ones (asserted on their own). */
    static Map<String, List<String>> headersOf(Response response, String... alsoAside) {
        assertThat(response.header("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f]{32}"));
        Map<String, List<String>> headers = new TreeMap<>(response.headers());
        headers.remove("x-request-id");
        TRANSPORT.forEach(headers::remove);
        for (String name : alsoAside) {
            headers.remove(name.toLowerCase(Locale.ROOT));
        }
        return headers;
    }

    static Map<String, List<String>> dashboard(String contentType) {
        Map<String, List<String>> headers = new TreeMap<>();
        headers.put("cache-control", List.of("no-store"));
        headers.put("content-security-policy", List.of("default-src 'self'; "
                + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self'; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
                + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'"));
        headers.put("content-type", List.of(contentType));
        headers.put("permissions-policy", List.of("accelerometer=(), autoplay=(), camera=(), "
                + "display-capture=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), "
                + "midi=(), payment=(), serial=(), usb=(), xr-spatial-tracking=(), clipboard-write=(self)"));
        headers.put("referrer-policy", List.of("strict-origin-when-cross-origin"));
        headers.put("x-content-type-options", List.of("nosniff"));
        headers.put("x-frame-options", List.of("DENY"));
        return headers;
    }

    static Map<String, List<String>> api(String contentType) {
        Map<String, List<String>> headers = new TreeMap<>();
        headers.put("cache-control", List.of("no-store"));
        headers.put("content-security-policy", List.of("default-src 'none'; frame-ancestors 'none'"));
        headers.put("content-type", List.of(contentType));
        headers.put("referrer-policy", List.of("no-referrer"));
        headers.put("x-content-type-options", List.of("nosniff"));
        headers.put("x-frame-options", List.of("DENY"));
        return headers;
    }
}
