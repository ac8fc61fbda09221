package dev.keydesk.signin;

import dev.keydesk.security.KeydeskUser;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * The form login's only authentication provider: asks the throttle first and, while the username or
 * the address is locked, refuses without loading the user or checking the password (no bcrypt work to
 * exploit, nothing learnt from a guess). Otherwise the password check is the delegate's, and its outcome
 * is recorded. A person with two-factor sign-in gets a session with the password factor and no role:
 * the second step ({@link SecondStep}) completes it.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final SignInThrottle throttle;
    private final SignInRecorder recorder;
    private final SecondFactorCheck factors;

    ThrottledAuthenticationProvider(AuthenticationProvider passwordCheck, SignInThrottle throttle,
            SignInRecorder recorder, SecondFactorCheck factors) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
        this.recorder = recorder;
        this.factors = factors;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        SignInAttempt attempt = SignInAttempt.of(authentication.getName(), authentication.getDetails());
        try {
            if (throttle.refuses(attempt)) {
                recorder.refused(attempt);
                throw new SignInLockedException();
            }
            Authentication result = check(authentication, attempt);
            if (result.getPrincipal() instanceof KeydeskUser user) {
                if (factors.isEnrolled(user.id())) {
                    recorder.passwordAccepted(attempt, user.id());
                    return Factors.passwordOnly(result, user);
                }
                recorder.succeeded(attempt, user.id(), user.getUsername(), user.isSupport());
            }
            return result;
        } catch (DataAccessException unavailable) {
            // The login form shows its error instead of a 500; the cause goes to the log by Spring Security.
            throw new InternalAuthenticationServiceException("Sign-in is unavailable", unavailable);
        }
    }

    private Authentication check(Authentication authentication, SignInAttempt attempt) {
        try {
            Authentication result = passwordCheck.authenticate(authentication);
            if (result == null) {
                throw new BadCredentialsException("Bad credentials");
            }
            return result;
        } catch (BadCredentialsException | AccountStatusException failed) {
            recorder.failed(attempt);
            throw failed;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
