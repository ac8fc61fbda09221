package dev.keydesk.leak;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public keys whose signatures Keydesk trusts: those in the keys file (re-read when the file
 * changes, so an operator rotates keys without a restart) and those at the keys URL (fetched at
 * most once an hour; when a fetch fails, the last good keys stay in use and the fetch is retried
 * a minute later).
 */
class TrustedKeys {

    private static final Logger log = LoggerFactory.getLogger(TrustedKeys.class);
    /** How soon a failed fetch, or a report signed with a key we do not know yet, may fetch again. */
    static final Duration RETRY_AFTER = Duration.ofMinutes(1);
    private static final int MAX_LIST_BYTES = 1024 * 1024;

    private final @Nullable Path file;
    private final @Nullable URI url;
    private final Duration fetchTimeout;
    private final JsonMapper json;
    private final HttpClient http;
    private final Ticker ticker;
    private final LoadingCache<URI, Fetched> fetched;
    private @Nullable FileSnapshot fileSnapshot;
    private volatile Map<String, PublicKey> lastGoodFetch = Map.of();

    TrustedKeys(SecretScanningProperties properties, JsonMapper json, Ticker ticker) {
        this.file = properties.hasKeysFile() ? Path.of(properties.keysFile().strip()) : null;
        this.url = properties.hasKeysUrl() ? URI.create(properties.keysUrl().strip()) : null;
        this.fetchTimeout = properties.keysFetchTimeout();
        this.json = json;
        this.ticker = ticker;
        this.http = HttpClient.newBuilder().connectTimeout(fetchTimeout).build();
        Duration cacheTime = properties.keysCacheTime();
        this.fetched = Caffeine.newBuilder()
                .ticker(ticker)
                .expireAfter(Expiry.<URI, Fetched>creating((uri, keys) -> keys.fresh() ? cacheTime : RETRY_AFTER))
                .build(this::fetch);
    }

    Optional<PublicKey> find(String identifier) {
        PublicKey key = fromFile().get(identifier);
        if (key != null || url == null) {
            return Optional.ofNullable(key);
        }
        Fetched current = fetched.get(url);
        if (!current.keys().containsKey(identifier) && current.olderThan(RETRY_AFTER, ticker)) {
            // A code host may start signing with a new key before our cached list expires.
            fetched.invalidate(url);
            current = fetched.get(url);
        }
        return Optional.ofNullable(current.keys().get(identifier));
    }

    private synchronized Map<String, PublicKey> fromFile() {
        if (file == null) {
            return Map.of();
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (fileSnapshot == null || !fileSnapshot.matches(attributes)) {
                fileSnapshot = new FileSnapshot(attributes.lastModifiedTime(), attributes.size(),
                        PublicKeys.parseList(json, Files.readAllBytes(file), file.toString()));
            }
            return fileSnapshot.keys();
        } catch (NoSuchFileException missing) {
            log.warn("The secret-scanning keys file {} does not exist; no report can be verified with it", file);
            fileSnapshot = null;
            return Map.of();
        } catch (IOException | IllegalArgumentException e) {
            // A file caught half-written must not drop the keys it held a moment ago.
            log.warn("Cannot read the secret-scanning keys file {}: {}", file, e.getMessage());
            return fileSnapshot == null ? Map.of() : fileSnapshot.keys();
        }
    }

    /** Called by the cache, one load at a time per URL. Never throws: a failure answers the last good keys. */
    private Fetched fetch(URI uri) {
        try {
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(uri).timeout(fetchTimeout)
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            byte[] body;
            try (InputStream in = response.body()) {
                body = in.readNBytes(MAX_LIST_BYTES);
            }
            if (response.statusCode() != 200) {
                throw new IOException("HTTP status " + response.statusCode());
            }
            lastGoodFetch = Map.copyOf(PublicKeys.parseList(json, body, uri.toString()));
            return new Fetched(lastGoodFetch, true, ticker.read());
        } catch (IOException | IllegalArgumentException e) {
            log.warn("Cannot fetch the secret-scanning keys from {}: {}; keeping the {} keys fetched before", uri,
                    e.getMessage(), lastGoodFetch.size());
            return new Fetched(lastGoodFetch, false, ticker.read());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Fetched(lastGoodFetch, false, ticker.read());
        }
    }

    private record Fetched(Map<String, PublicKey> keys, boolean fresh, long fetchedAtNanos) {

        boolean olderThan(Duration age, Ticker ticker) {
            return ticker.read() - fetchedAtNanos >= age.toNanos();
        }
    }

    private record FileSnapshot(FileTime modified, long size, Map<String, PublicKey> keys) {

        FileSnapshot {
            keys = Map.copyOf(keys);
        }

        boolean matches(BasicFileAttributes attributes) {
            return modified.equals(attributes.lastModifiedTime()) && size == attributes.size();
        }
    }
}
