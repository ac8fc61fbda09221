package dev.keydesk.base.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A Vaadin request whose {@code v-uiId} is not a number makes Flow's VaadinService.findUI throw
 * NumberFormatException, which the session's error handler logs as an unexpected ERROR with its stack
 * trace. Only a forged request carries one, so it is answered 400 here and logged nowhere.
 */
final class VaadinUiIdFilter extends OncePerRequestFilter {

    private static final String UI_ID = "v-uiId";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null || !query.contains(UI_ID);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String uiId = request.getParameter(UI_ID);
        if (uiId != null && !uiId.matches("[0-9]{1,9}")) {
            // Not sendError: the error page belongs to the dashboard chain and would redirect to the login.
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }
}
