package dev.keydesk.sessions;

import java.util.UUID;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;

@Configuration
class SessionsConfig {

    private static final Logger log = LoggerFactory.getLogger(SessionsConfig.class);

    /** Ahead of Spring Security (and of the absolute timeout), so a revoked session never authenticates. */
    @Bean
    FilterRegistrationBean<SessionTrackingFilter> sessionTracking(SignInSessions sessions) {
        FilterRegistrationBean<SessionTrackingFilter> registration = new FilterRegistrationBean<>(
                new SessionTrackingFilter(sessions));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 2);
        return registration;
    }

    /** A session that ends (sign-out, idle or absolute timeout, revocation) is no longer listed. */
    @Bean
    ServletListenerRegistrationBean<HttpSessionListener> sessionEnd(SignInSessions sessions) {
        return new ServletListenerRegistrationBean<>(new HttpSessionListener() {
            @Override
            public void sessionDestroyed(HttpSessionEvent event) {
                try {
                    if (event.getSession().getAttribute(SignInSessions.ROW) instanceof UUID row) {
                        sessions.ended(row);
                    }
                } catch (DataAccessException unavailable) {
                    log.warn("Could not forget an ended session: the database is unavailable (housekeeping will)");
                }
            }
        });
    }
}
