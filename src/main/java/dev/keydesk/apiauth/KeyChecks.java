package dev.keydesk.apiauth;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.keydesk.apikey.AccessRequest;
import dev.keydesk.apikey.KeyVerification;
import dev.keydesk.apikey.KeyVerification.Code;
import dev.keydesk.apikey.KeyVerifier;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * One key check on behalf of a caller: the verification itself, its metrics (a counter by outcome
 * and a latency timer), and, when it succeeds, the "last used" note. Shared by the customer API's
 * key filter and the model services' verify endpoint.
 */
@Component
class KeyChecks {

    /** Who asked: a customer API request carrying the key, or a model service through the verify endpoint. */
    enum Channel { API_REQUEST, VERIFY_ENDPOINT }

    private final KeyVerifier verifier;
    private final LastUsedRecorder lastUsed;
    private final RecentlyValidKeys recentlyValid;
    private final Timer latency;
    private final Map<Channel, Map<Code, Counter>> outcomes = new EnumMap<>(Channel.class);

    KeyChecks(KeyVerifier verifier, LastUsedRecorder lastUsed, RecentlyValidKeys recentlyValid,
            MeterRegistry registry) {
        this.verifier = verifier;
        this.lastUsed = lastUsed;
        this.recentlyValid = recentlyValid;
        this.latency = Timer.builder("keydesk.key.verification.latency")
                .description("Time to verify a presented API key (format, checksum, lookup)")
                .register(registry);
        // Registered up front: every outcome shows on the dashboard from the start, and the hot path
        // does no meter lookup.
        for (Channel channel : Channel.values()) {
            Map<Code, Counter> byCode = new EnumMap<>(Code.class);
            for (Code code : Code.values()) {
                byCode.put(code, Counter.builder("keydesk.key.verifications")
                        .description("API key verifications by outcome")
                        .tag("outcome", code.name())
                        .tag("channel", channel.name().toLowerCase(Locale.ROOT))
                        .register(registry));
            }
            outcomes.put(channel, byCode);
        }
    }

    /** As a model service that names no service, access or address: only unrestricted keys pass. */
    KeyVerification check(String presented, Channel channel) {
        return check(presented, channel, AccessRequest.forService(null, null, null));
    }

    KeyVerification check(String presented, Channel channel, AccessRequest request) {
        long start = System.nanoTime();
        KeyVerification verification = verifier.verify(presented, request);
        latency.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        outcomes.get(channel).get(verification.code()).increment();
        // Remembering costs a second hash, so it is done once per key and flush window, not per request.
        if (verification.isValid() && verification.keyId() != null && lastUsed.record(verification.keyId())) {
            recentlyValid.remember(presented);
        }
        return verification;
    }
}
