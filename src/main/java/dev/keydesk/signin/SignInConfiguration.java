package dev.keydesk.signin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration
class SignInConfiguration {

    /**
     * The only AuthenticationProvider bean, so Spring Security's global AuthenticationManager uses it
     * alone: no fallback provider that would check the password of a refused attempt.
     */
    @Bean
    AuthenticationProvider throttledAuthentication(UserDetailsService users, PasswordEncoder passwordEncoder,
            SignInThrottle throttle, SignInRecorder recorder, SecondFactorCheck factors) {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(users);
        passwordCheck.setPasswordEncoder(passwordEncoder);
        return new ThrottledAuthenticationProvider(passwordCheck, throttle, recorder, factors);
    }
}
