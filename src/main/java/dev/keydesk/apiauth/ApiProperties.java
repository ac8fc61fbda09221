package dev.keydesk.apiauth;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the /api/** surface ({@code keydesk.api.*}); their defaults are in application.properties.
 *
 * @param serviceTokens the model services' tokens for /api/v1/keys/verify ({@code KEYDESK_SERVICE_TOKENS},
 *         comma-separated); none configured means the endpoint refuses everyone
 * @param failedAttemptsPerMinute failed key (or service-token) checks one client address may make in a minute
 *         before it is answered 429
 * @param throttleMaxAddresses how many client addresses the throttle remembers at most (bounds its memory)
 * @param maxVerifyBody the largest body /api/v1/keys/verify reads
 */
@ConfigurationProperties("keydesk.api")
public record ApiProperties(List<String> serviceTokens, int failedAttemptsPerMinute, int throttleMaxAddresses,
        DataSize maxVerifyBody) {
}
