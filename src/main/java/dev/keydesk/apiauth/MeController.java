package dev.keydesk.apiauth;

import java.util.Map;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Customer API: which account and key a request authenticates as; the integration's first call. */
@RestController
class MeController {

    record Ref(UUID id, String name) {
    }

    record Me(Ref account, Ref key) {
    }

    @GetMapping("/api/v1/ping")
    Map<String, String> ping() {
        return Map.of("status", "ok");
    }

    @GetMapping("/api/v1/me")
    Me me(ApiKeyAuthentication auth) {
        return new Me(new Ref(auth.accountId(), auth.accountName()), new Ref(auth.keyId(), auth.keyName()));
    }
}
