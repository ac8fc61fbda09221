package dev.keydesk.base.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The security headers of every response; docs/security.md ("HTTP edge") says why each CSP source is there.
 */
public final class ResponseHeaders {

    /**
     * As strict as Vaadin 25's pre-compiled bundle allows, found in Chromium from its violation reports:
     * the bootstrap page carries inline scripts, Flow runs server-sent JavaScript (executeJs, event data
     * expressions) through the Function constructor, and the web components set inline styles. Everything
     * else comes from this origin; nothing may frame the dashboard, and forms post only to it.
     */
    public static final String DASHBOARD_CSP = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self'; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors 'none'";
    /** JSON is never a document: nothing may load from or frame it. */
    public static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";
    /**
     * Features a page can ask for that Keydesk never uses. The Copy button needs clipboard-write; clipboard-read
     * keeps its default (this origin, behind the browser's own prompt) so the browser test can read back what
     * Copy wrote.
     */
    public static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
            + "geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), "
            + "serial=(), usb=(), xr-spatial-tracking=(), clipboard-write=(self)";
    /** Two years, as the HSTS preload list asks; only ever sent on a request that arrived over TLS. */
    public static final String HSTS = "max-age=63072000; includeSubDomains";
    public static final String NO_STORE = "no-store";

    private ResponseHeaders() {
    }

    /** The headers of a dashboard response (HSTS aside). */
    public static Map<String, String> dashboard() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", DASHBOARD_CSP);
        headers.put("Permissions-Policy", PERMISSIONS_POLICY);
        headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        return headers;
    }

    /** The headers of an API response (HSTS and Cache-Control aside). */
    public static Map<String, String> api() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", API_CSP);
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        return headers;
    }
}
