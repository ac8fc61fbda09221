package dev.keydesk.apiauth;

import java.io.IOException;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.keydesk.apiauth.KeyChecks.Channel;
import dev.keydesk.apiauth.MeController.Ref;
import dev.keydesk.apikey.KeyVerification;
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
 * The model services ask here whether a customer's key is valid, on every request they serve.
 * The body is read with a hard cap before it is parsed (RequestBodies).
 */
@RestController
class VerifyController {

    static final String PATH = "/api/v1/keys/verify";

    private final KeyChecks checks;
    private final JsonMapper json;
    private final int maxBody;

    VerifyController(KeyChecks checks, JsonMapper json, ApiProperties properties) {
        this.checks = checks;
        this.json = json;
        this.maxBody = (int) properties.maxVerifyBody().toBytes();
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Verdict(boolean valid, String code, @Nullable Ref account, @Nullable Ref key) {

        static Verdict of(KeyVerification verification) {
            if (!verification.isValid() || verification.keyId() == null || verification.accountId() == null) {
                return new Verdict(false, verification.code().name(), null, null);
            }
            return new Verdict(true, verification.code().name(),
                    new Ref(verification.accountId(), String.valueOf(verification.accountName())),
                    new Ref(verification.keyId(), String.valueOf(verification.keyName())));
        }
    }

    @PostMapping(PATH)
    ResponseEntity<?> verify(HttpServletRequest request) throws IOException {
        Optional<byte[]> body = RequestBodies.readAtMost(request, maxBody);
        if (body.isEmpty()) {
            return tooLarge();
        }
        String key = keyOf(body.get());
        if (key == null) {
            return ResponseEntity.badRequest().body(new ApiError("malformed_request",
                    "Send a JSON object with the key to check: {\"key\": \"kd_...\"}."));
        }
        return ResponseEntity.ok(Verdict.of(checks.check(key, Channel.VERIFY_ENDPOINT)));
    }

    private @Nullable String keyOf(byte[] body) {
        try {
            JsonNode key = json.readTree(body).get("key");
            return key != null && key.isString() ? key.asString() : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    private ResponseEntity<ApiError> tooLarge() {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(new ApiError("payload_too_large",
                "The request body is larger than " + maxBody + " bytes."));
    }
}
