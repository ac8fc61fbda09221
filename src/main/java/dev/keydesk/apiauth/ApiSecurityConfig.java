package dev.keydesk.apiauth;

import dev.keydesk.apikey.KeyVerifier;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.NullSecurityContextRepository;

/**
 * The /api/** chain: stateless (no session, no cookies, no CSRF), JSON errors, never a redirect.
 * Which path takes which credential is the contract's table; this chain lays it out.
 */
@Configuration
class ApiSecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, KeyVerifier verifier) throws Exception {
        http.securityMatcher("/api/**")
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new NullSecurityContextRepository()))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .anonymous(anonymous -> { })
                .addFilterBefore(new ApiKeyAuthenticationFilter(verifier), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/ping").permitAll()
                        // The report's ECDSA signature is its credential, checked by the controller.
                        .requestMatchers("/api/v1/secret-scanning/github").permitAll()
                        .requestMatchers("/api/v1/**").hasAuthority(ApiKeyAuthentication.AUTHORITY)
                        .anyRequest().denyAll())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) ->
                                ApiError.INVALID_KEY.write(response, HttpServletResponse.SC_UNAUTHORIZED))
                        .accessDeniedHandler((request, response, e) ->
                                new ApiError("forbidden", "This credential may not call this endpoint.")
                                        .write(response, HttpServletResponse.SC_FORBIDDEN)));
        return http.build();
    }

    /**
     * Keys in URLs are refused ahead of the security chains: Spring Security logs the whole request
     * line at DEBUG ("Securing GET /api/v1/me?api_key=..."), so the key must never reach it.
     */
    @Bean
    FilterRegistrationBean<KeyInUrlFilter> keyInUrlFilter() {
        FilterRegistrationBean<KeyInUrlFilter> registration = new FilterRegistrationBean<>(new KeyInUrlFilter());
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
