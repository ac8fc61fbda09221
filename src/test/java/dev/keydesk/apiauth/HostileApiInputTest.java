package dev.keydesk.apiauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import dev.keydesk.testsupport.InsertedKeys;
import dev.keydesk.testsupport.InsertedKeys.TestKey;
import dev.keydesk.testsupport.RawHttp;
import dev.keydesk.testsupport.RawHttp.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The API half of the hostile-input suite: one row per request an attacker or a broken client sends,
 * over real HTTP (raw sockets, since java.net.http refuses most of these). Every row must get its status
 * and JSON error code, change nothing in the database, echo no secret, and leave no ERROR in the log.
 * The failed-attempt limit is raised: this suite sends more bad keys a minute than any client should.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "keydesk.api.failed-attempts-per-minute=100000")
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileApiInputTest {

    static final String SERVICE_TOKEN = "test-service-token-for-model-services-0001";
    static final String UNKNOWN_KEY = "kd_" + "0".repeat(40) + "000000";
    /** Every line the application logged while the suite ran. */
    static final StringBuilder LOG = new StringBuilder();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    static TestKey valid;
    static TestKey deleted;
    static TestKey deactivated;
    RawHttp http;

    @BeforeAll
    void keys() {
        valid = InsertedKeys.insert(jdbc);
        deleted = InsertedKeys.insert(jdbc);
        InsertedKeys.markDeleted(jdbc, deleted.keyId());
        deactivated = InsertedKeys.insert(jdbc);
        InsertedKeys.markDeactivated(jdbc, deactivated.keyId());
    }

    /** One hostile request: what is sent, and the refusal it must get. */
    record Case(String name, Supplier<byte[]> request, int status, String error) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> headers() {
        return Stream.of(
                me("no credential at all", List.of(), 401, "invalid_api_key"),
                me("a valid key without the Bearer scheme", List.of("Authorization: " + validKey()), 401,
                        "invalid_api_key"),
                me("a Basic credential", List.of("Authorization: Basic Y3VzdG9tZXI6Y3VzdG9tZXItcGFzc3dvcmQ="), 401,
                        "invalid_api_key"),
                me("two Authorization headers, the valid key first",
                        List.of("Authorization: Bearer " + validKey(), "Authorization: Bearer " + UNKNOWN_KEY), 401,
                        "invalid_api_key"),
                me("two Authorization headers, the valid key second",
                        List.of("Authorization: Bearer " + UNKNOWN_KEY, "Authorization: Bearer " + validKey()), 401,
                        "invalid_api_key"),
                me("two api-key headers", List.of("api-key: " + validKey(), "api-key: " + UNKNOWN_KEY), 401,
                        "invalid_api_key"),
                me("Authorization and api-key with different keys",
                        List.of("Authorization: Bearer " + UNKNOWN_KEY, "api-key: " + validKey()), 401,
                        "invalid_api_key"),
                me("an 8 kB Authorization value", List.of("Authorization: Bearer " + "k".repeat(8 * 1024)), 400,
                        "bad_request"),
                me("a 64 kB Authorization value", List.of("Authorization: Bearer " + "k".repeat(64 * 1024)), 400,
                        "bad_request"),
                me("an 8 kB header of another name", List.of("X-Padding: " + "p".repeat(8 * 1024)), 400,
                        "bad_request"),
                me("non-ASCII bytes in the key", List.of("Authorization: Bearer kd_\u00fc\u00e9" + "0".repeat(44)),
                        401, "invalid_api_key"),
                me("a NUL byte in the key", List.of("Authorization: Bearer kd_\u0000" + "0".repeat(45)), 400,
                        "bad_request"),
                me("a header line without a colon", List.of("Authorization Bearer " + UNKNOWN_KEY), 400,
                        "bad_request"),
                me("an unknown key", List.of("Authorization: Bearer " + UNKNOWN_KEY), 401, "invalid_api_key"),
                me("a deleted key", List.of("Authorization: Bearer " + deleted.secret()), 401, "invalid_api_key"),
                me("a deactivated key", List.of("Authorization: Bearer " + deactivated.secret()), 401,
                        "invalid_api_key"),
                me("a deactivated key in api-key", List.of("api-key: " + deactivated.secret()), 401,
                        "invalid_api_key"));
    }

    static Stream<Arguments> paths() {
        List<String> key = List.of("Authorization: Bearer " + validKey());
        return Stream.of(
                row("a dot-dot segment", "GET /api/v1/../v1/me HTTP/1.1", key, 400, "bad_request"),
                row("an encoded dot-dot segment", "GET /api/v1/%2e%2e/v1/me HTTP/1.1", key, 400, "bad_request"),
                row("a double slash in front", "GET //api/v1/me HTTP/1.1", key, 404, "not_found"),
                row("a double slash inside", "GET /api//v1/me HTTP/1.1", key, 400, "bad_request"),
                row("a session id path parameter", "GET /api/v1/me;jsessionid=0123456789ABCDEF HTTP/1.1", key, 400,
                        "bad_request"),
                row("a path parameter on /api", "GET /api;x=y/v1/me HTTP/1.1", key, 404, "not_found"),
                row("an encoded slash", "GET /api/v1%2Fme HTTP/1.1", key, 400, "bad_request"),
                row("an encoded NUL", "GET /api/v1/me%00 HTTP/1.1", key, 400, "bad_request"),
                row("an encoded line feed", "GET /api/v1/me%0a HTTP/1.1", key, 400, "bad_request"),
                row("a backslash", "GET /api/v1\\me HTTP/1.1", key, 400, "bad_request"),
                row("upper-case /API", "GET /API/v1/me HTTP/1.1", key, 404, "not_found"),
                row("an upper-case endpoint", "GET /api/v1/ME HTTP/1.1", key, 404, "not_found"),
                row("an unknown endpoint", "GET /api/v1/nothing-here HTTP/1.1", key, 404, "not_found"),
                row("an absolute URI naming another host", "GET http://evil.example/api/v1/me HTTP/1.1", key, 400,
                        "bad_request"));
    }

    static Stream<Arguments> methods() {
        List<String> key = List.of("Authorization: Bearer " + validKey());
        return Stream.of(
                row("TRACE", "TRACE /api/v1/me HTTP/1.1", key, 405, "method_not_allowed"),
                row("TRACE without a key", "TRACE /api/v1/ping HTTP/1.1", List.of(), 405, "method_not_allowed"),
                row("PROPFIND", "PROPFIND /api/v1/me HTTP/1.1", key, 405, "method_not_allowed"),
                row("a made-up method", "BREW /api/v1/me HTTP/1.1", key, 405, "method_not_allowed"),
                row("DELETE on a read-only endpoint", "DELETE /api/v1/me HTTP/1.1", key, 405, "method_not_allowed"),
                row("POST with X-HTTP-Method-Override: GET", "POST /api/v1/me HTTP/1.1",
                        with(key, "X-HTTP-Method-Override: GET", "Content-Type: application/json"), "{}", 405,
                        "method_not_allowed"),
                row("GET on verify with X-HTTP-Method-Override: POST", "GET /api/v1/keys/verify HTTP/1.1",
                        List.of("Authorization: Bearer " + SERVICE_TOKEN, "X-HTTP-Method-Override: POST"), 405,
                        "method_not_allowed"));
    }

    static Stream<Arguments> verifyBodies() {
        String json = "Content-Type: application/json";
        String tenMegabytes = "{\"key\":\"" + "k".repeat(10 * 1024 * 1024) + "\"}";
        return Stream.of(
                verify("malformed JSON", json, "{\"key\":", 400, "malformed_request"),
                verify("the key as a number", json, "{\"key\": 42}", 400, "malformed_request"),
                verify("the key as an object", json, "{\"key\": {\"key\": \"kd_\"}}", 400, "malformed_request"),
                verify("an array", json, "[\"" + validKey() + "\"]", 400, "malformed_request"),
                verify("an empty body", json, "", 400, "malformed_request"),
                verify("JSON null", json, "null", 400, "malformed_request"),
                verify("a 10 MB body", json, tenMegabytes, 413, "payload_too_large"),
                verify("nesting 100 deep", json, "{\"key\":" + "[".repeat(100) + "]".repeat(100) + "}", 400,
                        "malformed_request"),
                verify("the key twice, the valid one last", json,
                        "{\"key\":\"" + UNKNOWN_KEY + "\",\"key\":\"" + validKey() + "\"}", 400, "malformed_request"),
                verify("text/plain", "Content-Type: text/plain", "{\"key\":\"" + validKey() + "\"}", 415,
                        "unsupported_media_type"),
                verify("no content type", null, "{\"key\":\"" + validKey() + "\"}", 415, "unsupported_media_type"),
                verify("a bogus charset", "Content-Type: application/json; charset=bogus",
                        "{\"key\":\"" + validKey() + "\"}", 415, "unsupported_media_type"),
                verify("a Latin-1 charset", "Content-Type: application/json; charset=ISO-8859-1",
                        "{\"key\":\"" + validKey() + "\"}", 415, "unsupported_media_type"),
                verify("form encoding", "Content-Type: application/x-www-form-urlencoded", "key=" + validKey(), 415,
                        "unsupported_media_type"),
                Arguments.of(new Case("invalid UTF-8", () -> request("POST /api/v1/keys/verify HTTP/1.1",
                        List.of("Authorization: Bearer " + SERVICE_TOKEN, json),
                        concat("{\"key\":\"kd_".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xC3, 0x28,
                                (byte) 0xFF}, "\"}".getBytes(StandardCharsets.US_ASCII))), 400, "malformed_request")));
    }

    @ParameterizedTest(name = "API headers: {0}")
    @MethodSource("headers")
    @Order(1)
    void hostile_api_headers_are_refused_in_json_and_change_nothing(Case hostile) {
        assertRefused(hostile);
    }

    @ParameterizedTest(name = "API paths: {0}")
    @MethodSource("paths")
    @Order(2)
    void hostile_api_paths_are_refused_in_json_and_change_nothing(Case hostile) {
        assertRefused(hostile);
    }

    @ParameterizedTest(name = "API methods: {0}")
    @MethodSource("methods")
    @Order(3)
    void hostile_api_methods_are_refused_in_json_and_change_nothing(Case hostile) {
        assertRefused(hostile);
    }

    @ParameterizedTest(name = "verify bodies: {0}")
    @MethodSource("verifyBodies")
    @Order(4)
    void hostile_verify_bodies_are_refused_in_json_and_change_nothing(Case hostile) {
        assertRefused(hostile);
    }

    @Test
    @Order(5)
    void the_same_requests_done_right_are_answered() {
        http = new RawHttp(port);
        Response me = http.send("GET /api/v1/me HTTP/1.1", "Authorization: Bearer " + validKey());
        assertThat(me.status()).isEqualTo(200);
        Response verified = http.send("POST /api/v1/keys/verify HTTP/1.1",
                List.of("Authorization: Bearer " + SERVICE_TOKEN, "Content-Type: application/json; charset=utf-8"),
                ("{\"key\":\"" + validKey() + "\"}").getBytes(StandardCharsets.UTF_8));
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.body()).contains("\"code\":\"VALID\"");
    }

    @Test
    @Order(6)
    void a_client_that_gives_up_mid_body_is_no_error() {
        new RawHttp(port).abandon("POST /api/v1/keys/verify HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + SERVICE_TOKEN + "\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n",
                "{\"key\":\"kd_".getBytes(StandardCharsets.US_ASCII));
        // The server notices the abort only when it reads on; a following request proves it is still well.
        assertThat(new RawHttp(port).send("GET /api/v1/ping HTTP/1.1").status()).isEqualTo(200);
    }

    @Test
    @Order(7)
    void a_vaadin_request_with_a_forged_ui_id_is_refused_without_an_error() {
        Response response = new RawHttp(port).send("POST /?v-r=uidl&v-uiId=abc HTTP/1.1",
                List.of("Content-Type: application/json"), "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void the_application_log_holds_no_error_after_the_suite() throws InterruptedException {
        Thread.sleep(500);
        assertThat(LOG).as("the suite's log was captured").isNotEmpty();
        assertThat(LOG.toString().lines().filter(line -> line.contains(" ERROR ") || line.startsWith("\tat ")))
                .as("ERROR lines and stack traces").isEmpty();
    }

    @AfterEach
    void keepTheLog(CapturedOutput output) {
        LOG.append(output.getAll());
    }

    private void assertRefused(Case hostile) {
        http = new RawHttp(port);
        Map<String, Object> before = database();

        Response response = http.exchange(hostile.request().get());

        assertThat(response.status()).as("status").isEqualTo(hostile.status());
        assertThat(response.header("Content-Type")).as("content type")
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).as("error code").contains("\"error\":\"" + hostile.error() + "\"");
        assertThat(response.body()).as("no secret echoed").doesNotContain(validKey().substring(3))
                .doesNotContain(SERVICE_TOKEN).doesNotContain(deactivated.secret().substring(3))
                .doesNotContain("Exception").doesNotContain("<html");
        assertThat(database()).as("nothing changed").isEqualTo(before);
    }

    private Map<String, Object> database() {
        return Map.of(
                "keys", jdbc.sql("select id, status, name, last_used_at, deactivated_at, deleted_at from api_key "
                        + "order by id").query().listOfRows().toString(),
                "audit", jdbc.sql("select count(*) from audit_event").query(Long.class).single(),
                "users", jdbc.sql("select count(*) from app_user").query(Long.class).single(),
                "accounts", jdbc.sql("select count(*) from account").query(Long.class).single());
    }

    static String validKey() {
        return valid.secret();
    }

    private static Arguments me(String name, List<String> headers, int status, String error) {
        return row(name, "GET /api/v1/me HTTP/1.1", headers, status, error);
    }

    private static Arguments verify(String name, String contentType, String body, int status, String error) {
        List<String> headers = new ArrayList<>(List.of("Authorization: Bearer " + SERVICE_TOKEN));
        if (contentType != null) {
            headers.add(contentType);
        }
        return row(name, "POST /api/v1/keys/verify HTTP/1.1", headers, body, status, error);
    }

    private static Arguments row(String name, String requestLine, List<String> headers, int status, String error) {
        return row(name, requestLine, headers, "", status, error);
    }

    private static Arguments row(String name, String requestLine, List<String> headers, String body, int status,
            String error) {
        return Arguments.of(new Case(name, () -> request(requestLine, headers,
                body.getBytes(StandardCharsets.UTF_8)), status, error));
    }

    private static List<String> with(List<String> headers, String... more) {
        List<String> all = new ArrayList<>(headers);
        all.addAll(Arrays.asList(more));
        return all;
    }

    /** The raw request: head lines in ISO-8859-1 (so non-ASCII characters go out as single raw bytes). */
    private static byte[] request(String requestLine, List<String> headers, byte[] body) {
        StringBuilder head = new StringBuilder(requestLine).append("\r\nHost: localhost\r\n");
        headers.forEach(header -> head.append(header).append("\r\n"));
        if (body.length > 0 || requestLine.startsWith("POST")) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        return concat(head.toString().getBytes(StandardCharsets.ISO_8859_1), body);
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(part -> part.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
