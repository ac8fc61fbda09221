package dev.keydesk.signin;

import java.util.Map;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.stereotype.Component;

/**
 * Fits the dashboard's form login (which Vaadin configures in security/SecurityConfig) with sign-in
 * protection: each attempt carries the client address and user agent to record, and a refused one goes to
 * {@code /login?error=locked} (the login view shows "Too many failed attempts") instead of
 * {@code /login?error}.
 *
 * <p>It works on the finished chain's filter, because configuring the form login before Vaadin does makes
 * Spring Security generate its own login page, and from here, because the security package must not
 * depend on this one (it sits below every feature). Startup fails if no chain has a form login to fit.
 */
@Component
class SignInFormFitting implements BeanPostProcessor, SmartInitializingSingleton {

    static final String LOCKED_URL = "/login?error=locked";
    static final String FAILED_URL = "/login?error";

    private final ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
    private final SignInDetailsSource details = new SignInDetailsSource();
    private boolean fitted;

    SignInFormFitting() {
        failures.setDefaultFailureUrl(FAILED_URL);
        failures.setExceptionMappings(Map.of(SignInLockedException.class.getName(), LOCKED_URL));
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof SecurityFilterChain chain) {
            chain.getFilters().stream()
                    .filter(UsernamePasswordAuthenticationFilter.class::isInstance)
                    .map(UsernamePasswordAuthenticationFilter.class::cast)
                    .forEach(form -> {
                        form.setAuthenticationFailureHandler(failures);
                        form.setAuthenticationDetailsSource(details);
                        fitted = true;
                    });
        }
        return bean;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!fitted) {
            throw new IllegalStateException("No security chain has a form login for sign-in protection to fit.");
        }
    }
}
