package dev.keydesk.base.web;

import java.util.Locale;

/**
 * Which requests count as API requests at the edge, before routing: also the look-alikes a client
 * may send ({@code //api/…}, {@code /API/…}), so that they too are answered in JSON, never with a
 * login redirect or an HTML page.
 */
public final class ApiPaths {

    private ApiPaths() {
    }

    /** True for a raw request path under /api, whatever its case or number of leading slashes. */
    public static boolean isApi(String rawPath) {
        String path = rawPath.toLowerCase(Locale.ROOT);
        int start = 0;
        while (start < path.length() && (path.charAt(start) == '/' || path.charAt(start) == '\\')) {
            start++;
        }
        return start > 0 && path.startsWith("api", start)
                && (path.length() == start + 3 || "/\\;%?".indexOf(path.charAt(start + 3)) >= 0);
    }

    /** True for exactly {@code /api/…} as the application routes it; false for the look-alikes. */
    public static boolean isCanonicalApi(String rawPath) {
        return rawPath.startsWith("/api/") || rawPath.equals("/api");
    }
}
