package dev.keydesk.apikey;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Where a key was found publicly, as a code host reported it, cut to what the schema stores.
 * A URL too long for its column is dropped rather than cut: a cut URL would point somewhere else.
 */
public record Disclosure(@Nullable String url, @Nullable String source) {

    public static final String REASON = "publicly disclosed";
    static final int URL_MAX_LENGTH = 2048;
    static final int SOURCE_MAX_LENGTH = 200;

    public Disclosure {
        url = url == null || url.isBlank() || url.length() > URL_MAX_LENGTH ? null : url.strip();
        source = source == null || source.isBlank() ? null : source.strip();
        if (source != null && source.length() > SOURCE_MAX_LENGTH) {
            source = source.substring(0, SOURCE_MAX_LENGTH);
        }
    }

    /** The URL only when a browser may open it as a web page: http or https, never javascript: or data:. */
    public static boolean isWebLink(@Nullable String url) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException notAUri) {
            return false;
        }
    }

    /** The activity log's line: URL and source as reported. */
    public String describe() {
        String where = url == null ? "Found publicly" : "Found publicly at " + url;
        return source == null ? where : where + " (source: " + source + ")";
    }
}
