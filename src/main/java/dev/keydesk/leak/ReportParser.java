package dev.keydesk.leak;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a report body: a JSON array of {@code {"token", "type", "url", "source"}}. Token and
 * type are required; unknown fields are ignored, as the code host may add some.
 */
@Component
class ReportParser {

    private final JsonMapper json;

    ReportParser(JsonMapper json) {
        this.json = json;
    }

    List<ReportedToken> parse(byte[] body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            throw new MalformedReportException("The report is not valid JSON.");
        }
        if (root == null || !root.isArray()) {
            throw new MalformedReportException("The report must be a JSON array of tokens.");
        }
        List<ReportedToken> tokens = new ArrayList<>(root.size());
        for (JsonNode entry : root) {
            String token = text(entry, "token");
            String type = text(entry, "type");
            if (!entry.isObject() || token == null || token.isEmpty() || type == null) {
                throw new MalformedReportException("Every entry needs a \"token\" and a \"type\" string.");
            }
            tokens.add(new ReportedToken(token, type, text(entry, "url"), text(entry, "source")));
        }
        return tokens;
    }

    private static @Nullable String text(JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        return value != null && value.isString() ? value.stringValue() : null;
    }
}
