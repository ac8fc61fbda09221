package dev.keydesk.apiauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import dev.keydesk.Application;
import dev.keydesk.testsupport.ApiClient;
import dev.keydesk.testsupport.InsertedKeys;
import dev.keydesk.testsupport.InsertedKeys.TestKey;
import dev.keydesk.testsupport.RestartablePostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The prod profile on a PostgreSQL that goes away and comes back: the API says 503 JSON quickly
 * instead of failing slowly or with HTML, the node stays ready, and it recovers without a restart.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageTest {

    private static final Duration LIMIT = Duration.ofSeconds(5);

    RestartablePostgres postgres;
    ConfigurableApplicationContext app;
    ApiClient api;
    ApiClient management;
    TestKey key;

    @BeforeAll
    void startOnPostgres() {
        postgres = new RestartablePostgres();
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--keydesk.shutdown.drain-delay=0s"));
        postgres.prodVariables().forEach((name, value) -> args.add("--" + name + "=" + value));
        app = new SpringApplicationBuilder(Application.class).profiles("test", "prod").run(args.toArray(String[]::new));
        api = new ApiClient(app.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
        management = new ApiClient(app.getEnvironment().getRequiredProperty("local.management.port", Integer.class));
        key = InsertedKeys.insert(app.getBean(JdbcClient.class));
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
        postgres.close();
    }

    @Test
    void while_postgresql_is_down_the_api_answers_503_json_in_time_stays_ready_and_recovers_when_it_is_back() {
        assertThat(me().statusCode()).isEqualTo(200);

        postgres.stop();
        try {
            for (Supplier<HttpResponse<String>> call : List.<Supplier<HttpResponse<String>>>of(this::me, this::verify)) {
                HttpResponse<String> response = timed(call);
                assertThat(response.statusCode()).isEqualTo(503);
                assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/json"));
                assertThat(ApiClient.json(response)).containsEntry("error", "unavailable").containsKey("message");
            }
            assertThat(timed(() -> api.get("/api/v1/ping")).statusCode()).isEqualTo(200);
            HttpResponse<String> readiness = management.get("/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(200);
            assertThat(readiness.body()).contains("\"UP\"");
            assertThat(management.get("/actuator/health/database").statusCode()).isEqualTo(503);
        } finally {
            postgres.start();
        }

        HttpResponse<String> recovered = untilNot503(this::me);
        assertThat(recovered.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(recovered)).containsKey("account");
        assertThat(ApiClient.json(verify())).containsEntry("valid", true);
        assertThat(management.get("/actuator/health/database").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> me() {
        return api.getWithKey("/api/v1/me", key.secret());
    }

    private HttpResponse<String> verify() {
        return api.postJson("/api/v1/keys/verify", "{\"key\": \"" + key.secret() + "\"}",
                "Authorization", "Bearer " + VerifyEndpointTest.TOKEN);
    }

    private static HttpResponse<String> timed(Supplier<HttpResponse<String>> call) {
        long start = System.nanoTime();
        HttpResponse<String> response = call.get();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(LIMIT);
        return response;
    }

    /** The pool replaces its broken connections on demand; no restart of the application. */
    private static HttpResponse<String> untilNot503(Supplier<HttpResponse<String>> call) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        HttpResponse<String> response = call.get();
        while (response.statusCode() == 503 && System.nanoTime() < deadline) {
            sleep();
            response = call.get();
        }
        return response;
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
