package dev.keydesk.sessions;

import java.io.IOException;
import java.util.UUID;

import dev.keydesk.security.KeydeskUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before each dashboard request: a session whose row was revoked (on any node) or is gone is ended, and
 * its person is sent to the login page. After the request: a session that has just signed in gets its row.
 * Requests without a session (the API) cost nothing; a signed-in one costs one read by primary key, and a
 * write at most once a minute for "last seen".
 */
class SessionTrackingFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionTrackingFilter.class);

    private final SignInSessions sessions;

    SessionTrackingFilter(SignInSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && !admitted(session)) {
            session.invalidate();
            // As for an expired session: a page goes to the login; Vaadin's own requests go on without a
            // session, so the browser is told the session expired and reloads into the login.
            if ("GET".equals(request.getMethod()) && request.getParameter("v-r") == null) {
                response.sendRedirect(request.getContextPath() + "/login");
                return;
            }
        }
        chain.doFilter(request, response);
        registerNewSignIn(request);
    }

    private boolean admitted(HttpSession session) {
        try {
            if (!(session.getAttribute(SignInSessions.ROW) instanceof UUID row)) {
                return true;
            }
            return sessions.admits(session, row, signedInUser(session));
        } catch (IllegalStateException invalidated) {
            return true;
        } catch (DataAccessException unavailable) {
            // Without the database the dashboard cannot do anything anyway; its pages say so.
            log.debug("Could not check the session's sign-in: the database is unavailable");
            return true;
        }
    }

    private void registerNewSignIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        try {
            if (session == null || session.getAttribute(SignInSessions.ROW) != null) {
                return;
            }
            UUID user = signedInUser(session);
            if (user != null) {
                sessions.register(session, user, request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT));
            }
        } catch (IllegalStateException invalidated) {
            // Signed out during this request: nothing to remember.
        } catch (DataAccessException unavailable) {
            log.warn("Could not record a new sign-in session: the database is unavailable");
        }
    }

    private static @Nullable UUID signedInUser(HttpSession session) {
        if (session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                instanceof SecurityContext context) {
            Authentication authentication = context.getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof KeydeskUser user) {
                return user.id();
            }
        }
        return null;
    }
}
