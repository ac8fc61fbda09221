package dev.keydesk.apiauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.keydesk.apikey.NewApiKey;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The whole life of a key, with the chattiest logging a developer would switch on, never logs the secret. */
@ExtendWith(OutputCaptureExtension.class)
class SecretNotLoggedTest extends ApiTestBase {

    /**
     * The application's own loggers and the frameworks it drives. Tomcat's connector (org.apache.coyote)
     * dumps raw request headers at DEBUG; that is a wire trace outside what the application logs.
     */
    static final List<String> VERBOSE = List.of("dev.keydesk", "org.springframework.security",
            "org.springframework.web", "org.springframework.jdbc");

    @Autowired
    LoggingSystem logging;

    final Map<String, @Nullable LogLevel> previousLevels = new HashMap<>();

    @BeforeEach
    void logEverything() {
        for (String logger : VERBOSE) {
            LoggerConfiguration configuration = logging.getLoggerConfiguration(logger);
            previousLevels.put(logger, configuration == null ? null : configuration.getConfiguredLevel());
            logging.setLogLevel(logger, LogLevel.TRACE);
        }
    }

    @AfterEach
    void restoreLevels() {
        previousLevels.forEach(logging::setLogLevel);
    }

    @Test
    void a_full_key_lifecycle_never_logs_the_secret(CapturedOutput output) {
        TestCustomer customer = accounts.newCustomer();
        NewApiKey key = testKeys.generate(customer, "Logged lifecycle");
        assertThat(api.getWithKey("/api/v1/me", key.secret()).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/me", "api-key", key.secret()).statusCode()).isEqualTo(200);
        testKeys.rename(customer, key, "Renamed lifecycle");
        assertThat(api.getWithKey("/api/v1/me", key.secret()).statusCode()).isEqualTo(200);
        testKeys.delete(customer, key);
        assertThat(api.getWithKey("/api/v1/me", key.secret()).statusCode()).isEqualTo(401);

        assertThat(output.getAll()).as("the verbose loggers are on").contains("/api/v1/me");
        assertNoSecret(output, key);
    }

    @Test
    void a_key_sent_in_the_url_is_not_logged(CapturedOutput output) {
        NewApiKey key = testKeys.generate(accounts.newCustomer(), "Sent in a URL");

        assertThat(api.get("/api/v1/me?api_key=" + key.secret()).statusCode()).isEqualTo(400);
        assertThat(api.get("/api/v1/keys/" + key.secret()).statusCode()).isEqualTo(400);

        assertNoSecret(output, key);
    }

    private static void assertNoSecret(CapturedOutput output, NewApiKey key) {
        String randomPart = key.secret().substring(3, 43);
        assertThat(output.getAll()).doesNotContain(key.secret()).doesNotContain(randomPart);
    }
}
