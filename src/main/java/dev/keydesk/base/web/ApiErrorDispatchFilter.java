package dev.keydesk.base.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An error Tomcat raises itself for an /api request (TRACE is 405 before any filter runs) is dispatched
 * to the error page at /error, which belongs to the dashboard and would redirect to the login page.
 * Here the error dispatch of an API request is answered in the API's JSON instead.
 */
final class ApiErrorDispatchFilter extends OncePerRequestFilter {

    private final ApiErrorWriter errors;

    ApiErrorDispatchFilter(ApiErrorWriter errors) {
        this.errors = errors;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return !(uri instanceof String path && ApiPaths.isApi(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        int status = response.getStatus() >= 400 ? response.getStatus() : HttpServletResponse.SC_BAD_REQUEST;
        errors.write(response, status, ApiErrors.forStatus(status));
    }
}
