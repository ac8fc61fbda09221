package dev.keydesk.leak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

class TrustedKeysTest {

    private final PublicKey first = TestReports.newPair().getPublic();
    private final PublicKey second = TestReports.newPair().getPublic();
    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger fetches = new AtomicInteger();
    private final AtomicReference<String> served = new AtomicReference<>();
    private final AtomicInteger status = new AtomicInteger(200);
    private HttpServer server;

    @TempDir
    Path folder;

    @BeforeEach
    void serveKeys() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/keys", exchange -> {
            fetches.incrementAndGet();
            byte[] body = served.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void keys_from_the_file_are_trusted_and_others_are_not() {
        Path file = folder.resolve("keys.json");
        TestReports.writeKeysFile(file, Map.of("one", first));
        TrustedKeys keys = trustedKeys(file, null);
        assertThat(keys.find("one")).contains(first);
        assertThat(keys.find("two")).isEmpty();
    }

    @Test
    void a_rewritten_keys_file_is_read_again_without_a_restart() throws IOException {
        Path file = folder.resolve("keys.json");
        TestReports.writeKeysFile(file, Map.of("one", first));
        TrustedKeys keys = trustedKeys(file, null);
        assertThat(keys.find("one")).contains(first);
        TestReports.writeKeysFile(file, Map.of("two", second));
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        assertThat(keys.find("two")).contains(second);
        assertThat(keys.find("one")).isEmpty();
    }

    @Test
    void a_missing_keys_file_trusts_nothing() {
        assertThat(trustedKeys(folder.resolve("absent.json"), null).find("one")).isEmpty();
    }

    @Test
    void keys_from_the_url_are_fetched_once_an_hour() {
        served.set(TestReports.keyList(Map.of("one", first)));
        TrustedKeys keys = trustedKeys(null, url());
        assertThat(keys.find("one")).contains(first);
        advance(Duration.ofMinutes(59));
        assertThat(keys.find("one")).contains(first);
        assertThat(fetches).hasValue(1);

        served.set(TestReports.keyList(Map.of("two", second)));
        advance(Duration.ofMinutes(2));
        assertThat(keys.find("two")).contains(second);
        assertThat(fetches).hasValue(2);
    }

    @Test
    void a_failed_fetch_keeps_the_last_good_keys() {
        served.set(TestReports.keyList(Map.of("one", first)));
        TrustedKeys keys = trustedKeys(null, url());
        assertThat(keys.find("one")).contains(first);

        status.set(500);
        served.set("oops");
        advance(Duration.ofMinutes(61));
        assertThat(keys.find("one")).contains(first);
        assertThat(fetches).hasValue(2);

        served.set("{\"not\": \"a key list\"}");
        status.set(200);
        advance(Duration.ofMinutes(2));
        assertThat(keys.find("one")).contains(first);
        assertThat(fetches).hasValue(3);
    }

    @Test
    void an_unknown_identifier_fetches_again_at_most_once_a_minute() {
        served.set(TestReports.keyList(Map.of("one", first)));
        TrustedKeys keys = trustedKeys(null, url());
        assertThat(keys.find("one")).contains(first);
        served.set(TestReports.keyList(Map.of("one", first, "two", second)));
        assertThat(keys.find("two")).isEmpty();
        assertThat(keys.find("two")).isEmpty();
        assertThat(fetches).hasValue(1);

        advance(Duration.ofMinutes(1));
        assertThat(keys.find("two")).contains(second);
        assertThat(fetches).hasValue(2);
    }

    @Test
    void the_file_and_the_url_are_both_trusted() {
        Path file = folder.resolve("keys.json");
        TestReports.writeKeysFile(file, Map.of("one", first));
        served.set(TestReports.keyList(Map.of("two", second)));
        TrustedKeys keys = trustedKeys(file, url());
        assertThat(keys.find("one")).contains(first);
        assertThat(keys.find("two")).contains(second);
    }

    private TrustedKeys trustedKeys(Path file, String url) {
        SecretScanningProperties properties = new SecretScanningProperties(file == null ? null : file.toString(), url,
                Duration.ofHours(1), Duration.ofSeconds(5), DataSize.ofMegabytes(1), "keydesk@localhost");
        return new TrustedKeys(properties, JsonMapper.shared(), nanos::get);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/keys";
    }

    private void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }
}
