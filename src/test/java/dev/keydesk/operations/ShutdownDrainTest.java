package dev.keydesk.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import dev.keydesk.Application;
import dev.keydesk.testsupport.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A stopping node first says "not ready" and keeps serving for the drain delay, so the load balancer
 * takes it out before its connector closes and no request is refused at the door.
 */
class ShutdownDrainTest {

    private static final int REFUSED = -1;

    @Test
    void a_stopping_node_reports_not_ready_while_it_still_answers_requests() throws Exception {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).profiles("test")
                .run("--server.port=0", "--server.shutdown=graceful", "--keydesk.shutdown.drain-delay=4s");
        ApiClient api = new ApiClient(app.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
        ApiClient management = new ApiClient(
                app.getEnvironment().getRequiredProperty("local.management.port", Integer.class));
        assertThat(status(management, "/actuator/health/readiness")).isEqualTo(200);

        CompletableFuture<Void> closing = CompletableFuture.runAsync(app::close);
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        int readiness = 200;
        while (readiness == 200 && System.nanoTime() < deadline) {
            Thread.sleep(50);
            readiness = status(management, "/actuator/health/readiness");
        }

        assertThat(readiness).as("readiness while draining").isIn(503, REFUSED);
        assertThat(closing).isNotDone();
        assertThat(status(api, "/api/v1/ping")).as("the API while draining").isEqualTo(200);
        closing.get();
        assertThat(status(api, "/api/v1/ping")).as("the API once stopped").isEqualTo(REFUSED);
    }

    private static int status(ApiClient client, String path) {
        try {
            return client.get(path).statusCode();
        } catch (UncheckedIOException e) {
            return REFUSED;
        }
    }
}
