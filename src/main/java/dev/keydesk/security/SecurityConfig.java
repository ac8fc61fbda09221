package dev.keydesk.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/** The dashboard's chain: Vaadin views, form login through the Vaadin login view, session cookies. */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    @Bean
    @Order(2)
    SecurityFilterChain dashboardSecurity(HttpSecurity http, RequestUtil vaadinRequests) throws Exception {
        // Written for every response by base/web's ResponseHeadersFilter: Spring Security's writer misses
        // the pages Vaadin forwards to its servlet.
        http.headers(headers -> headers.disable());
        // Vaadin exempts the login POST from CSRF; the login form sends the page's token (it reads the
        // _csrf meta tags Vaadin writes), so require it there [login CSRF]. Vaadin's own requests carry
        // Vaadin's CSRF token instead.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // Unknown paths go to Vaadin (which shows "Page not found") rather than an empty 403.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .enableCsrfConfiguration(false)
                .loginView(LoginView.class)
                .anyRequest(any -> any.authenticated())).build();
    }

    /** bcrypt, behind Spring Security's delegating encoder so the algorithm can change later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
