package dev.keydesk.cluster;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * API clients through the load balancer, each sending {@code GET /api/v1/me} with a valid key in a loop (a
 * short pause between requests, so a shared machine is not flooded) until stopped. Every request is
 * recorded: when it started and ended, its status (-1 when no HTTP answer came) and the start of its body.
 */
final class ApiLoad implements AutoCloseable {

    static final int CLIENTS = 4;
    private static final Duration PAUSE = Duration.ofMillis(20);
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    /** One request; times are {@link System#nanoTime()}. */
    record Sample(long startNanos, long endNanos, int status, String body) {

        boolean ok() {
            return status == 200;
        }

        boolean unavailableJson() {
            return status == 503 && body.contains("\"error\":\"unavailable\"");
        }

        Duration latency() {
            return Duration.ofNanos(endNanos - startNanos);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);

    private ApiLoad(URI target, String key) {
        HttpRequest request = HttpRequest.newBuilder(target.resolve("/api/v1/me"))
                .header("Authorization", "Bearer " + key).timeout(TIMEOUT).GET().build();
        for (int i = 0; i < CLIENTS; i++) {
            clients.submit(() -> loop(request));
        }
    }

    static ApiLoad start(URI target, String key) {
        return new ApiLoad(target, key);
    }

    private void loop(HttpRequest request) {
        while (running.get()) {
            long start = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                String body = response.body();
                samples.add(new Sample(start, System.nanoTime(), response.statusCode(),
                        body.substring(0, Math.min(body.length(), 200))));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                samples.add(new Sample(start, System.nanoTime(), -1, e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
            try {
                Thread.sleep(PAUSE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Stops the clients, lets requests in flight finish, and returns every request, oldest first. */
    List<Sample> stop() {
        running.set(false);
        clients.shutdown();
        try {
            if (!clients.awaitTermination(TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS)) {
                clients.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            clients.shutdownNow();
        }
        List<Sample> all = new ArrayList<>(samples);
        all.sort((a, b) -> Long.compare(a.startNanos(), b.startNanos()));
        return all;
    }

    @Override
    public void close() {
        if (running.get()) {
            stop();
        }
        http.close();
    }
}
