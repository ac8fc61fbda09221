package dev.keydesk.apiauth;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.keydesk.apiauth.KeyChecks.Channel;
import dev.keydesk.apiauth.MeController.Ref;
import dev.keydesk.apikey.Access;
import dev.keydesk.apikey.AccessRequest;
import dev.keydesk.apikey.KeyVerification;
import dev.keydesk.apikey.PlatformService;
import dev.keydesk.base.web.ApiError;
import dev.keydesk.base.web.RequestBodies;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The model services ask here whether a customer's key may be used for a request they serve: for which
 * service and access, from which client address (docs/verification-api.md). The body is read with a hard
 * cap before it is parsed (RequestBodies).
 */
@RestController
class VerifyController {

    static final String PATH = "/api/v1/keys/verify";
    private static final ApiError MALFORMED = new ApiError("malformed_request", "Send a JSON object with the key to "
            + "check and, optionally, what it is for: {\"key\": \"kd_...\", \"service\": \"text-generation\", "
            + "\"access\": \"read\", \"client_ip\": \"203.0.113.7\"}.");
    private static final ApiError UNKNOWN_SERVICE = new ApiError("malformed_request", "Unknown \"service\". Use one of: "
            + Arrays.stream(PlatformService.values()).map(PlatformService::apiName).collect(Collectors.joining(", "))
            + ".");
    private static final ApiError UNKNOWN_ACCESS = new ApiError("malformed_request",
            "Unknown \"access\". Use \"read\" or \"write\".");

    private final KeyChecks checks;
    private final JsonMapper json;
    private final int maxBody;

    VerifyController(KeyChecks checks, JsonMapper json, ApiProperties properties) {
        this.checks = checks;
        this.json = json;
        this.maxBody = (int) properties.maxVerifyBody().toBytes();
    }

    /** The answer: {"valid", "code"}, and for a valid key what it is and what it may do. */
    static Map<String, Object> verdict(KeyVerification verification) {
        Map<String, Object> verdict = new LinkedHashMap<>();
        verdict.put("valid", verification.isValid());
        verdict.put("code", verification.code().name());
        KeyVerification.Verified key = verification.key();
        if (verification.isValid() && key != null) {
            verdict.put("account", new Ref(key.accountId(), key.accountName()));
            verdict.put("key", new Ref(key.keyId(), key.keyName()));
            verdict.put("expires_at", key.expiresAt() == null ? null : key.expiresAt().toString());
            verdict.put("permissions", key.permissions().byApiName());
            verdict.put("allowed_ips", key.allowedIps().entries());
        }
        return verdict;
    }

    /** The key and what it is to be used for; a field present with the wrong type or value is refused. */
    record Question(String key, AccessRequest request) {
    }

    @PostMapping(PATH)
    ResponseEntity<?> verify(HttpServletRequest request) throws IOException {
        Optional<byte[]> body = RequestBodies.readAtMost(request, maxBody);
        if (body.isEmpty()) {
            return tooLarge();
        }
        Question question;
        try {
            question = questionOf(body.get());
        } catch (MalformedQuestion malformed) {
            return ResponseEntity.badRequest().body(malformed.error);
        }
        return ResponseEntity.ok(verdict(checks.check(question.key(), Channel.VERIFY_ENDPOINT, question.request())));
    }

    private Question questionOf(byte[] body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            throw new MalformedQuestion(MALFORMED);
        }
        String key = text(root, "key");
        if (key == null) {
            throw new MalformedQuestion(MALFORMED);
        }
        String serviceName = text(root, "service");
        String accessName = text(root, "access");
        PlatformService service = serviceName == null ? null : PlatformService.fromApiName(serviceName)
                .orElseThrow(() -> new MalformedQuestion(UNKNOWN_SERVICE));
        Access access = accessName == null ? null : Access.requestable(accessName)
                .orElseThrow(() -> new MalformedQuestion(UNKNOWN_ACCESS));
        return new Question(key, AccessRequest.forService(service, access, text(root, "client_ip")));
    }

    /** A string field's value, null when absent or JSON null; any other type makes the request malformed. */
    private static @Nullable String text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw new MalformedQuestion(MALFORMED);
        }
        return node.asString();
    }

    /** A verify request that cannot be answered; the error says what to send instead. */
    private static final class MalformedQuestion extends RuntimeException {

        private final transient ApiError error;

        MalformedQuestion(ApiError error) {
            super(error.message(), null, false, false);
            this.error = error;
        }
    }

    private ResponseEntity<ApiError> tooLarge() {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(new ApiError("payload_too_large",
                "The request body is larger than " + maxBody + " bytes."));
    }
}
