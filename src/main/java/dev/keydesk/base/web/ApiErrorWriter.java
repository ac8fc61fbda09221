package dev.keydesk.base.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an {@link ApiError} where no controller runs (security filters, entry points), with the
 * JSON mapper Spring Boot configures, so these bodies look exactly like the controllers' ones.
 */
@Component
public class ApiErrorWriter {

    private final JsonMapper json;

    public ApiErrorWriter(JsonMapper json) {
        this.json = json;
    }

    /** Replaces whatever was buffered; a response already on its way is left alone. */
    public void write(HttpServletResponse response, int status, ApiError error) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(json.writeValueAsBytes(error));
    }
}
