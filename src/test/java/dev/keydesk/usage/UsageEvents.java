package dev.keydesk.usage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

/** Request bodies for POST /api/v1/usage, built as maps so a test can break any field. */
final class UsageEvents {

    static final String TOKEN = "test-service-token-for-model-services-0001";
    static final String TTS_ONLY_TOKEN = "tts-bound-test-service-token-00000000003";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private UsageEvents() {
    }

    static Map<String, Object> event(UUID keyId, String cost) {
        return event(UUID.randomUUID().toString(), keyId, cost, Instant.now());
    }

    static Map<String, Object> event(String id, UUID keyId, String cost, Instant occurredAt) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", id);
        event.put("key_id", keyId.toString());
        event.put("service", "text-generation");
        event.put("quantity", 1000);
        event.put("unit", "tokens");
        event.put("cost", cost);
        event.put("occurred_at", occurredAt.toString());
        return event;
    }

    static Map<String, Object> with(Map<String, Object> event, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(event);
        changed.put(field, value);
        return changed;
    }

    static Map<String, Object> without(Map<String, Object> event, String field) {
        Map<String, Object> changed = new LinkedHashMap<>(event);
        changed.remove(field);
        return changed;
    }

    static String body(List<Map<String, Object>> events) {
        return JSON.writeValueAsString(Map.of("events", new ArrayList<>(events)));
    }
}
