package dev.keydesk.signin;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Fits the dashboard's form login (configured by Vaadin) with sign-in protection: requests carry the
 * address and user agent to record, and a refused attempt goes to {@code /login?error=locked} instead of
 * {@code /login?error}. Applied to the built chain's filter: configuring the form login ourselves before
 * Vaadin does would make Spring Security generate its own login page instead of Vaadin's.
 */
public final class SignInFormCustomizer {

    private final AuthenticationFailureHandler failureHandler;
    private final AuthenticationDetailsSource<HttpServletRequest, ?> detailsSource;

    SignInFormCustomizer(AuthenticationFailureHandler failureHandler,
            AuthenticationDetailsSource<HttpServletRequest, ?> detailsSource) {
        this.failureHandler = failureHandler;
        this.detailsSource = detailsSource;
    }

    /** Returns the chain, its form login fitted; refuses a chain without one, so a change upstream cannot go unnoticed. */
    public SecurityFilterChain applyTo(SecurityFilterChain chain) {
        List<UsernamePasswordAuthenticationFilter> forms = chain.getFilters().stream()
                .filter(UsernamePasswordAuthenticationFilter.class::isInstance)
                .map(UsernamePasswordAuthenticationFilter.class::cast)
                .toList();
        if (forms.isEmpty()) {
            throw new IllegalStateException("The dashboard's security chain has no form login to protect.");
        }
        for (UsernamePasswordAuthenticationFilter form : forms) {
            form.setAuthenticationFailureHandler(failureHandler);
            form.setAuthenticationDetailsSource(detailsSource);
        }
        return chain;
    }
}
