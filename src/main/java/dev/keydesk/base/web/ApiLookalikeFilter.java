package dev.keydesk.base.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /API/v1/me}, {@code //api/v1/me}, {@code /api;x=y/v1/me}: paths a client meant for the API but
 * that no API route matches. Without this they would reach the dashboard and get a login redirect;
 * here they get the API's JSON 404.
 */
final class ApiLookalikeFilter extends OncePerRequestFilter {

    private final ApiErrorWriter errors;

    ApiLookalikeFilter(ApiErrorWriter errors) {
        this.errors = errors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !ApiPaths.isApi(path) || ApiPaths.isCanonicalApi(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        errors.write(response, HttpServletResponse.SC_NOT_FOUND, ApiErrors.NOT_FOUND);
    }
}
