package dev.keydesk.apiauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.keydesk.apikey.KeyHasher;
import dev.keydesk.apikey.PlatformService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The model services' tokens. Presented tokens are compared in constant time over SHA-256 digests,
 * so neither the content nor the length of a configured token leaks through response times.
 *
 * <p>An entry {@code service=token} binds the token to one model service (it then reports usage for that
 * service only); any other entry is a plain token for every service. A lower-case name before the first
 * {@code =} that is not a known service is refused at start-up instead of silently becoming an unbound
 * token, which would give a typo more rights than intended. (Base64 padding, {@code abc==}, stays plain.)
 */
@Component
class ServiceTokens {

    private static final Logger log = LoggerFactory.getLogger(ServiceTokens.class);
    private static final int RECOMMENDED_LENGTH = 32;
    private static final Pattern BOUND = Pattern.compile("([a-z][a-z-]*)=(.+)");

    private final List<Configured> tokens;

    ServiceTokens(ApiProperties properties) {
        this.tokens = properties.serviceTokens().stream().map(String::strip).filter(t -> !t.isEmpty())
                .map(ServiceTokens::parse).toList();
        if (tokens.isEmpty()) {
            log.info("No service tokens configured (KEYDESK_SERVICE_TOKENS): the model services' endpoints refuse "
                    + "every call");
        } else if (tokens.stream().anyMatch(t -> t.length < RECOMMENDED_LENGTH)) {
            log.warn("A service token is shorter than {} characters; use long random tokens", RECOMMENDED_LENGTH);
        }
    }

    boolean matches(@Nullable String presented) {
        return caller(presented).isPresent();
    }

    /** The caller a presented token stands for: empty when it matches no configured token. */
    Optional<ServiceCaller> caller(@Nullable String presented) {
        if (presented == null || presented.isEmpty()) {
            return Optional.empty();
        }
        byte[] candidate = digest(presented);
        Configured match = null;
        for (Configured configured : tokens) {
            // No early exit: the time taken does not depend on which token matched.
            if (MessageDigest.isEqual(configured.digest, candidate) && match == null) {
                match = configured;
            }
        }
        return match == null ? Optional.empty() : Optional.of(new ServiceCaller(match.boundTo));
    }

    private static Configured parse(String entry) {
        Matcher bound = BOUND.matcher(entry);
        if (!bound.matches()) {
            return new Configured(digest(entry), entry.length(), null);
        }
        String name = bound.group(1);
        String token = bound.group(2).strip();
        PlatformService service = PlatformService.fromApiName(name).orElseThrow(() -> new IllegalStateException(
                "KEYDESK_SERVICE_TOKENS names the unknown service '" + name + "' (known: "
                        + Arrays.stream(PlatformService.values()).map(PlatformService::apiName)
                                .collect(Collectors.joining(", "))
                        + "). Write service=token, or the token alone for every service."));
        return new Configured(digest(token), token.length(), service);
    }

    private static byte[] digest(String token) {
        return KeyHasher.sha256Hex(token).getBytes(StandardCharsets.US_ASCII);
    }

    private record Configured(byte[] digest, int length, @Nullable PlatformService boundTo) {
    }
}
