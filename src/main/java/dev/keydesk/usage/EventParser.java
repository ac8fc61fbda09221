package dev.keydesk.usage;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

import dev.keydesk.apiauth.ServiceCaller;
import dev.keydesk.apikey.PlatformService;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Turns one JSON event into a {@link UsageEvent}, or says why not. Numbers are read as exact decimals
 * (the request is parsed with BigDecimal for floats), and may also come as strings.
 */
final class EventParser {

    private final ServiceCaller caller;
    private final Instant notBefore;
    private final Instant notAfter;
    private final UsageProperties properties;

    EventParser(ServiceCaller caller, Instant now, UsageProperties properties) {
        this.caller = caller;
        this.notBefore = now.minus(properties.maxAge());
        this.notAfter = now.plus(properties.futureTolerance());
        this.properties = properties;
    }

    /** The event, or the rejection naming the first problem found. */
    Parsed parse(int index, JsonNode node) {
        if (!node.isObject()) {
            return reject(index, "invalid_event", "An event is a JSON object");
        }
        JsonNode id = node.get("id");
        if (id == null || id.isNull() || (id.isString() && id.asString().isEmpty())) {
            return reject(index, "missing_id", "Every event needs an id (1 to 64 characters; use a UUID)");
        }
        if (!id.isString() || id.asString().chars().anyMatch(Character::isISOControl)) {
            return reject(index, "invalid_id", "id must be a string without control characters");
        }
        if (id.asString().length() > UsageEvent.MAX_ID_LENGTH) {
            return reject(index, "id_too_long", "id has more than " + UsageEvent.MAX_ID_LENGTH + " characters");
        }
        UUID keyId = uuid(node.get("key_id"));
        if (keyId == null) {
            return reject(index, "invalid_key_id", "key_id must be the key's id (a UUID, as verify returns it)");
        }
        Optional<PlatformService> service = text(node.get("service")).flatMap(PlatformService::fromApiName);
        if (service.isEmpty()) {
            return reject(index, "unknown_service", "service must be one of text-generation, text-to-speech, "
                    + "speech-to-text, agents");
        }
        if (!caller.mayReportFor(service.get())) {
            return reject(index, "service_not_allowed", "This service token reports usage for "
                    + caller.boundService().map(PlatformService::apiName).orElse("") + " only");
        }
        Optional<UsageUnit> unit = text(node.get("unit")).flatMap(UsageUnit::fromApiName);
        if (unit.isEmpty()) {
            return reject(index, "unknown_unit", "unit must be one of tokens, characters, seconds, requests");
        }
        BigDecimal quantity = decimal(node.get("quantity"));
        String quantityProblem = quantity == null ? "quantity must be a decimal number"
                : UsageEvent.amountProblem(quantity, UsageEvent.MAX_QUANTITY, "quantity");
        if (quantityProblem != null) {
            return reject(index, "invalid_quantity", quantityProblem);
        }
        BigDecimal cost = decimal(node.get("cost"));
        String costProblem = cost == null ? "cost must be a decimal string in USD, such as \"0.012345\""
                : UsageEvent.amountProblem(cost, UsageEvent.MAX_COST, "cost");
        if (costProblem != null) {
            return reject(index, "invalid_cost", costProblem);
        }
        Instant occurredAt = instant(node.get("occurred_at"));
        if (occurredAt == null) {
            return reject(index, "invalid_occurred_at", "occurred_at must be an ISO-8601 time with an offset, "
                    + "such as 2026-12-01T10:00:00Z");
        }
        if (occurredAt.isAfter(notAfter)) {
            return reject(index, "occurred_in_future", "occurred_at is more than "
                    + properties.futureTolerance().toMinutes() + " minutes in the future");
        }
        if (occurredAt.isBefore(notBefore)) {
            return reject(index, "too_old", "occurred_at is older than "
                    + properties.maxAge().toDays() + " days; such events are not counted");
        }
        return new Parsed(new UsageEvent(id.asString(), keyId, service.get(), unit.get(), quantity, cost,
                occurredAt), null);
    }

    record Parsed(@Nullable UsageEvent event, @Nullable Rejection rejection) {
    }

    private static Parsed reject(int index, String error, String message) {
        return new Parsed(null, new Rejection(index, error, message));
    }

    private static Optional<String> text(@Nullable JsonNode node) {
        return node != null && node.isString() ? Optional.of(node.asString()) : Optional.empty();
    }

    private static @Nullable UUID uuid(@Nullable JsonNode node) {
        Optional<String> text = text(node);
        if (text.isEmpty() || text.get().length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(text.get());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable BigDecimal decimal(@Nullable JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isNumber()) {
            return node.isFloatingPointNumber() && !node.isBigDecimal() ? null : node.decimalValue();
        }
        Optional<String> text = text(node);
        if (text.isEmpty() || text.get().length() > 40 || !text.get().matches("-?[0-9]+(\\.[0-9]+)?")) {
            return null;
        }
        return new BigDecimal(text.get());
    }

    private static @Nullable Instant instant(@Nullable JsonNode node) {
        Optional<String> text = text(node);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.get()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
