package dev.keydesk.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** Real HTTP calls to a running test server; redirects are never followed, so a test sees them. */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    /** The server on this port of localhost. */
    public ApiClient(int port) {
        this("http://localhost:" + port);
    }

    /** The server at this origin, such as {@code http://127.0.0.1:8080}. */
    public ApiClient(String base) {
        this.base = base;
    }

    /** GET with the given headers, as name/value pairs. */
    public HttpResponse<String> get(String pathAndQuery, String... headers) {
        return send("GET", pathAndQuery, headers);
    }

    /** A request without a body. */
    public HttpResponse<String> send(String method, String pathAndQuery, String... headers) {
        return send(method, pathAndQuery, HttpRequest.BodyPublishers.noBody(), headers);
    }

    /** POST of a body with the given headers (the content type among them). */
    public HttpResponse<String> post(String path, byte[] body, String... headers) {
        return send("POST", path, HttpRequest.BodyPublishers.ofByteArray(body), headers);
    }

    /** POST of a JSON body with the given headers, as name/value pairs. */
    public HttpResponse<String> postJson(String path, String json, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type";
        all[1] = "application/json";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return post(path, json.getBytes(StandardCharsets.UTF_8), all);
    }

    public HttpResponse<String> getWithKey(String pathAndQuery, String key) {
        return get(pathAndQuery, "Authorization", "Bearer " + key);
    }

    public static Map<String, Object> json(HttpResponse<String> response) {
        return JSON.readValue(response.body(), JSON.getTypeFactory().constructMapType(Map.class, String.class,
                Object.class));
    }

    private HttpResponse<String> send(String method, String pathAndQuery, HttpRequest.BodyPublisher body,
            String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .timeout(Duration.ofSeconds(30)).method(method, body);
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
