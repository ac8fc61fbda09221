package dev.keydesk.apiauth;

import java.io.IOException;

import dev.keydesk.base.data.DatabaseOutage;
import dev.keydesk.base.web.ApiError;
import dev.keydesk.base.web.ApiErrorWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database cannot be reached, an API request that needs it is answered 503 JSON
 * {@code {"error": "unavailable"}} instead of a 500 or the container's HTML error page. It wraps the
 * whole /api/** chain, so the key lookup in the security filters is covered as well as controllers
 * (which {@link ApiErrorHandler} answers the same way). Nothing is remembered: the next request tries
 * the database again, so the API recovers by itself when it is back.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

    static final ApiError UNAVAILABLE = new ApiError("unavailable",
            "Keydesk cannot reach its database right now. Please retry in a few seconds.");

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    private final ApiErrorWriter errors;

    DatabaseOutageFilter(ApiErrorWriter errors) {
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException | IOException e) {
            if (!DatabaseOutage.isCause(e)) {
                throw e;
            }
            refuse(request, response, e);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, Exception e) throws IOException {
        // One line, no stack trace: during an outage every request would log the same one.
        log.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), rootMessage(e));
        errors.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, UNAVAILABLE);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
