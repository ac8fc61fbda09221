package dev.keydesk.security;

import java.time.Clock;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The absolute session timeout, checked ahead of Spring Security so an expired session never authenticates. */
@Configuration
class SessionConfig {

    @Bean
    FilterRegistrationBean<AbsoluteSessionTimeoutFilter> absoluteSessionTimeout(SessionProperties properties,
            Clock clock) {
        FilterRegistrationBean<AbsoluteSessionTimeoutFilter> registration = new FilterRegistrationBean<>(
                new AbsoluteSessionTimeoutFilter(properties.absoluteTimeout(), clock));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
