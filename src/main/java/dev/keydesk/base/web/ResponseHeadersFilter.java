package dev.keydesk.base.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes {@link ResponseHeaders} on every response before anything else runs, and keeps them: later
 * attempts by the application to set them are dropped. Spring Security's header writer cannot do this
 * for the dashboard: Vaadin forwards page requests to its servlet, and Tomcat commits a forwarded
 * response past Spring Security's wrapper; Vaadin also sets its own {@code Cache-Control: no-cache} and
 * {@code X-Frame-Options: SAMEORIGIN}. {@code Cache-Control: no-store} covers every dynamic response (a
 * UIDL response carries a new key's secret); only the content-hashed files under /VAADIN/ keep the
 * cache lifetime Vaadin gives them. HSTS only when the request arrived over TLS ({@code isSecure()},
 * which the forwarded headers of a TLS proxy make true in {@code prod}).
 */
final class ResponseHeadersFilter extends OncePerRequestFilter {

    private static final String CACHE_CONTROL = "cache-control";
    private static final Set<String> CACHING = Set.of(CACHE_CONTROL, "pragma", "expires");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Map<String, String> headers = ApiPaths.isApi(path) ? ResponseHeaders.api() : ResponseHeaders.dashboard();
        boolean cacheable = path.startsWith("/VAADIN/") && request.getParameter("v-r") == null;
        if (!cacheable) {
            headers.put("Cache-Control", ResponseHeaders.NO_STORE);
        }
        if (request.isSecure()) {
            headers.put("Strict-Transport-Security", ResponseHeaders.HSTS);
        }
        headers.forEach(response::setHeader);
        chain.doFilter(request, new KeptHeaders(response, headers, cacheable));
    }

    /** Drops the application's own values for the headers written above. */
    private static final class KeptHeaders extends HttpServletResponseWrapper {

        private final Map<String, String> kept;
        private final Set<String> keptNames;
        private final boolean cacheable;

        KeptHeaders(HttpServletResponse response, Map<String, String> kept, boolean cacheable) {
            super(response);
            this.kept = kept;
            this.keptNames = kept.keySet().stream().map(name -> name.toLowerCase(Locale.ROOT))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
            this.cacheable = cacheable;
        }

        private boolean isKept(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            return keptNames.contains(lower) || (!cacheable && CACHING.contains(lower));
        }

        @Override
        public void setHeader(String name, String value) {
            if (!isKept(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!isKept(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!isKept(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!isKept(name)) {
                super.addDateHeader(name, date);
            }
        }

        @Override
        public void reset() {
            super.reset();
            kept.forEach(super::setHeader);
        }
    }
}
