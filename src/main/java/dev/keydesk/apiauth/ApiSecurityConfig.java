package dev.keydesk.apiauth;

import dev.keydesk.base.web.ApiError;
import dev.keydesk.base.web.ApiErrorWriter;
import dev.keydesk.leak.SecretScanningController;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The /api/** chain: stateless (no session, no cookies, no CSRF), JSON errors, never a redirect.
 * Which path takes which credential is the contract's table; this chain lays it out.
 *
 * <p>Client addresses (for the failed-attempt throttle) are {@code request.getRemoteAddr()}. Behind a
 * reverse proxy or load balancer set {@code server.forward-headers-strategy=native} (or
 * {@code framework}) so that this is the client's address, not the proxy's.
 */
@Configuration
public class ApiSecurityConfig {

    /** Where the model services report usage (dev.keydesk.usage); reading it back (GET) takes an API key. */
    public static final String USAGE_PATH = "/api/v1/usage";
    /** Paths authenticated by a model service's token instead of an API key. */
    static final RequestMatcher SERVICE_TOKEN_PATHS = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher(VerifyController.PATH),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, USAGE_PATH));
    /** Secret-scanning reports: the report's ECDSA signature is the credential, checked by the controller. */
    private static final RequestMatcher SECRET_SCANNING_PATHS = PathPatternRequestMatcher.withDefaults()
            .matcher(SecretScanningController.PATH);
    private static final ApiError FORBIDDEN = new ApiError("forbidden", "This credential may not call this endpoint.");

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, KeyChecks checks, FailedAttemptThrottle throttle,
            RecentlyValidKeys recentlyValid, ServiceTokens serviceTokens, ApiErrorWriter errors,
            ObjectProvider<SecurityContextHolderStrategy> strategyBean) throws Exception {
        // The chain's own strategy (Vaadin registers one), not the JVM-wide static: with two application
        // contexts in one JVM the static belongs to whichever started last.
        SecurityContextHolderStrategy contexts = strategyBean.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        // Paths with a credential of their own; the API-key filter leaves them alone.
        RequestMatcher notByApiKey = new OrRequestMatcher(SERVICE_TOKEN_PATHS, SECRET_SCANNING_PATHS);
        http.securityMatcher("/api/**")
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new NullSecurityContextRepository()))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.disable()) // base/web's ResponseHeadersFilter writes them
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .anonymous(anonymous -> { })
                .addFilterBefore(new ServiceTokenFilter(serviceTokens, throttle, SERVICE_TOKEN_PATHS, contexts, errors),
                        AnonymousAuthenticationFilter.class)
                .addFilterBefore(new ApiKeyAuthenticationFilter(checks, throttle, recentlyValid, notByApiKey,
                        contexts, errors),
                        AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/ping").permitAll()
                        .requestMatchers(SECRET_SCANNING_PATHS).permitAll()
                        .requestMatchers(SERVICE_TOKEN_PATHS).hasAuthority(ServiceTokenFilter.AUTHORITY)
                        .requestMatchers("/api/v1/**").hasAuthority(ApiKeyAuthentication.AUTHORITY)
                        .anyRequest().denyAll())
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((request, response, e) -> errors.write(response,
                                HttpServletResponse.SC_UNAUTHORIZED, SERVICE_TOKEN_PATHS.matches(request)
                                        ? ServiceTokenFilter.INVALID_SERVICE_TOKEN
                                        : ApiKeyAuthenticationFilter.INVALID_KEY))
                        .accessDeniedHandler((request, response, e) ->
                                errors.write(response, HttpServletResponse.SC_FORBIDDEN, FORBIDDEN)));
        return http.build();
    }

    /**
     * Keys in URLs are refused ahead of the security chains: Spring Security logs the whole request
     * line at DEBUG ("Securing GET /api/v1/me?api_key=..."), so the key must never reach it.
     */
    @Bean
    FilterRegistrationBean<KeyInUrlFilter> keyInUrlFilter(ApiErrorWriter errors) {
        FilterRegistrationBean<KeyInUrlFilter> registration = new FilterRegistrationBean<>(new KeyInUrlFilter(errors));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Around the whole API chain (security filters included): a database outage becomes 503 JSON. */
    @Bean
    FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(ApiErrorWriter errors) {
        FilterRegistrationBean<DatabaseOutageFilter> registration =
                new FilterRegistrationBean<>(new DatabaseOutageFilter(errors));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
