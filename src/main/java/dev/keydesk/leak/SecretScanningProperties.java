package dev.keydesk.leak;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code keydesk.secret-scanning.*}; their defaults are in application.properties.
 *
 * @param keysFile trusted public keys in GitHub's published format ({@code KEYDESK_SECRET_SCANNING_KEYS_FILE})
 * @param keysUrl where to fetch more trusted keys, e.g. GitHub's own list ({@code KEYDESK_SECRET_SCANNING_KEYS_URL})
 * @param keysCacheTime how long fetched keys are used before they are fetched again
 * @param keysFetchTimeout connect and read timeout of that fetch
 * @param maxReportSize larger report bodies are refused before they are read in full
 * @param mailFrom sender address of the mail that tells members about a deactivated key
 */
@ConfigurationProperties("keydesk.secret-scanning")
public record SecretScanningProperties(@Nullable String keysFile, @Nullable String keysUrl, Duration keysCacheTime,
        Duration keysFetchTimeout, DataSize maxReportSize, String mailFrom) {

    public boolean hasKeysFile() {
        return keysFile != null && !keysFile.isBlank();
    }

    public boolean hasKeysUrl() {
        return keysUrl != null && !keysUrl.isBlank();
    }
}
