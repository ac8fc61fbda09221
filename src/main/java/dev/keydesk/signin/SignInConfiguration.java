package dev.keydesk.signin;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;

@Configuration
class SignInConfiguration {

    /** Where a refused sign-in lands: the login view shows "Too many failed attempts" for it. */
    static final String LOCKED_URL = "/login?error=locked";
    static final String FAILED_URL = "/login?error";

    /**
     * The only AuthenticationProvider bean, so Spring Security's global AuthenticationManager uses it
     * alone: no fallback provider that would check the password of a refused attempt.
     */
    @Bean
    AuthenticationProvider throttledAuthentication(UserDetailsService users, PasswordEncoder passwordEncoder,
            SignInThrottle throttle, SignInRecorder recorder) {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(users);
        passwordCheck.setPasswordEncoder(passwordEncoder);
        return new ThrottledAuthenticationProvider(passwordCheck, throttle, recorder);
    }

    @Bean
    SignInFormCustomizer signInFormCustomizer() {
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl(FAILED_URL);
        failures.setExceptionMappings(Map.of(SignInLockedException.class.getName(), LOCKED_URL));
        return new SignInFormCustomizer(failures, new SignInDetailsSource());
    }
}
