package dev.keydesk.apiauth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/** The JSON error body of every refusal under /api/**: {@code {"error": code, "message": text}}. */
public record ApiError(String error, String message) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static final ApiError INVALID_KEY = new ApiError("invalid_api_key",
            "The API key is missing, malformed, or no longer valid. Send it as 'Authorization: Bearer <key>'.");
    public static final ApiError INVALID_SERVICE_TOKEN = new ApiError("invalid_service_token",
            "The service token is missing or not valid. Send it as 'Authorization: Bearer <service token>'.");
    public static final ApiError RATE_LIMITED = new ApiError("rate_limited",
            "Too many failed attempts from this address. Wait for the time in Retry-After, then try again.");

    public void write(HttpServletResponse response, int status) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(JSON.writeValueAsBytes(this));
    }
}
