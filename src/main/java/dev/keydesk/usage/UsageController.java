package dev.keydesk.usage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.keydesk.apiauth.ApiKeyAuthentication;
import dev.keydesk.apiauth.ApiSecurityConfig;
import dev.keydesk.apiauth.ServiceCaller;
import dev.keydesk.base.web.ApiError;
import dev.keydesk.base.web.RequestBodies;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/usage}: the model services report usage (service token, see ApiSecurityConfig).
 * {@code GET /api/v1/usage?days=N}: a customer's program reads its account's usage (API key).
 */
@RestController
class UsageController {

    static final String PATH = ApiSecurityConfig.USAGE_PATH;

    private final UsageIngestion ingestion;
    private final UsageReports reports;
    /**
     * Exact decimals (no double in between). The JSON-only content type and the refusal of duplicate keys are
     * the API edge's, for every endpoint (base/web JsonBodyFilter and JsonConfiguration).
     */
    private final ObjectReader reader;
    private final long maxBody;

    UsageController(UsageIngestion ingestion, UsageReports reports, JsonMapper json, UsageProperties properties) {
        this.ingestion = ingestion;
        this.reports = reports;
        this.reader = json.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        this.maxBody = properties.maxBody().toBytes();
    }

    record Accepted(int accepted, int duplicates, List<RejectedEvent> rejected) {
    }

    record RejectedEvent(int index, String error, String message) {
    }

    @PostMapping(PATH)
    ResponseEntity<?> report(HttpServletRequest request, Authentication authentication) throws IOException {
        Optional<byte[]> body = RequestBodies.readAtMost(request, maxBody);
        if (body.isEmpty()) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(new ApiError("payload_too_large",
                    "The request body is larger than " + maxBody + " bytes; send at most "
                            + UsageIngestion.MAX_EVENTS + " events a request."));
        }
        Optional<List<JsonNode>> events = events(body.get());
        if (events.isEmpty()) {
            return ResponseEntity.badRequest().body(new ApiError("malformed_request",
                    "Send a JSON object {\"events\": [...]} with at most " + UsageIngestion.MAX_EVENTS
                            + " events; see the API documentation for an event's fields."));
        }
        if (events.get().size() > UsageIngestion.MAX_EVENTS) {
            return ResponseEntity.badRequest().body(new ApiError("too_many_events", new TooManyEventsException(
                    events.get().size()).getMessage()));
        }
        ServiceCaller caller = (ServiceCaller) authentication.getPrincipal();
        IngestResult result = ingestion.ingest(events.get(), caller);
        return ResponseEntity.ok(new Accepted(result.accepted(), result.duplicates(), result.rejected().stream()
                .map(r -> new RejectedEvent(r.index(), r.error(), r.message())).toList()));
    }

    record Usage(String from, String to, List<Row> rows) {
    }

    record Row(String date, String key_id, String key_name, String service, String unit, String quantity,
            String cost) {
    }

    @GetMapping(PATH)
    ResponseEntity<?> read(ApiKeyAuthentication key, @RequestParam(name = "days", required = false) @Nullable String days) {
        Integer count = days(days);
        if (count == null) {
            return ResponseEntity.badRequest().body(new ApiError("invalid_days",
                    "days must be a whole number from 1 to " + UsageReports.MAX_DAYS + " (default "
                            + UsageReports.MAX_DAYS + ")."));
        }
        UsageReport report = reports.forApiKeyOf(key.accountId(), count);
        return ResponseEntity.ok(new Usage(report.from().toString(), report.to().toString(), report.rows().stream()
                .map(row -> new Row(row.date().toString(), row.keyId().toString(), row.keyName(), row.service(),
                        row.unit(), row.quantity().stripTrailingZeros().toPlainString(),
                        row.cost().stripTrailingZeros().toPlainString()))
                .toList()));
    }

    private Optional<List<JsonNode>> events(byte[] body) {
        try {
            JsonNode root = reader.readTree(body);
            JsonNode events = root == null ? null : root.get("events");
            if (events == null || !events.isArray()) {
                return Optional.empty();
            }
            List<JsonNode> list = new ArrayList<>(events.size());
            events.forEach(list::add);
            return Optional.of(list);
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    private static @Nullable Integer days(@Nullable String text) {
        if (text == null) {
            return UsageReports.MAX_DAYS;
        }
        if (!text.matches("[0-9]{1,2}")) {
            return null;
        }
        int days = Integer.parseInt(text);
        return days >= 1 && days <= UsageReports.MAX_DAYS ? days : null;
    }
}
