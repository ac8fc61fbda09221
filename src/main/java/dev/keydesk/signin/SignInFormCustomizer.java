package dev.keydesk.signin;

import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Fits the dashboard's form login (configured by Vaadin) with sign-in protection: requests carry the
 * address and user agent to record, and a refused attempt goes to {@code /login?error=locked} instead of
 * {@code /login?error}. Applied to the finished filter, so whatever Vaadin sets on the form login first
 * cannot undo it.
 */
public final class SignInFormCustomizer {

    private final AuthenticationFailureHandler failureHandler;
    private final AuthenticationDetailsSource<HttpServletRequest, ?> detailsSource;

    SignInFormCustomizer(AuthenticationFailureHandler failureHandler,
            AuthenticationDetailsSource<HttpServletRequest, ?> detailsSource) {
        this.failureHandler = failureHandler;
        this.detailsSource = detailsSource;
    }

    public void applyTo(HttpSecurity http) throws Exception {
        http.formLogin(form -> form.withObjectPostProcessor(new ObjectPostProcessor<UsernamePasswordAuthenticationFilter>() {
            @Override
            public <O extends UsernamePasswordAuthenticationFilter> O postProcess(O filter) {
                filter.setAuthenticationFailureHandler(failureHandler);
                filter.setAuthenticationDetailsSource(detailsSource);
                return filter;
            }
        }));
    }
}
