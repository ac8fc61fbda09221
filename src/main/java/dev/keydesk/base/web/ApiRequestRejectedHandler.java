package dev.keydesk.base.web;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Spring Security's firewall refuses paths with {@code ..}, {@code //}, {@code ;}, encoded separators and
 * methods outside the usual ones. Under /api the refusal is JSON (400, or 405 for the method); elsewhere
 * the bare status. A probe is not a fault, so it is logged at DEBUG.
 */
final class ApiRequestRejectedHandler implements RequestRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiRequestRejectedHandler.class);
    /** StrictHttpFirewall's default methods; any other is refused by the firewall. */
    private static final Set<String> ALLOWED_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH",
            "OPTIONS");

    private final ApiErrorWriter errors;

    ApiRequestRejectedHandler(ApiErrorWriter errors) {
        this.errors = errors;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        // Not the message: it may quote a header value, and header values can be credentials.
        log.debug("Refused by the firewall: {} request", request.getMethod());
        boolean wrongMethod = !ALLOWED_METHODS.contains(request.getMethod());
        int status = wrongMethod ? HttpServletResponse.SC_METHOD_NOT_ALLOWED : HttpServletResponse.SC_BAD_REQUEST;
        if (ApiPaths.isApi(request.getRequestURI())) {
            errors.write(response, status, wrongMethod ? ApiErrors.METHOD_NOT_ALLOWED : ApiErrors.BAD_REQUEST);
        } else {
            // Not sendError: the error page belongs to the dashboard chain and would redirect to the login.
            response.setStatus(status);
        }
    }
}
