package dev.keydesk.signin;

import java.time.Clock;
import java.util.UUID;

import dev.keydesk.recentsignin.PasswordCheckThrottle;
import dev.keydesk.security.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Password checks made while signed in (a recent sign-in, a password change) count like attempts at the
 * login form: in the same table, towards the same per-user and per-address locks, and a lock refuses them
 * unchecked. A success is recorded in the security log only: it is no new sign-in for the activity log.
 */
@Component
class PasswordRecheckAttempts implements PasswordCheckThrottle {

    private final SignInThrottle throttle;
    private final SignInRecorder recorder;
    private final SignInAttemptQueries queries;
    private final Clock clock;

    PasswordRecheckAttempts(SignInThrottle throttle, SignInRecorder recorder, SignInAttemptQueries queries,
            Clock clock) {
        this.throttle = throttle;
        this.recorder = recorder;
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public boolean refuses(String username) {
        SignInAttempt attempt = attempt(username);
        if (throttle.refuses(attempt)) {
            recorder.refused(attempt);
            return true;
        }
        return false;
    }

    @Override
    public void failed(String username) {
        recorder.failed(attempt(username));
    }

    @Override
    @Transactional
    public void succeeded(UUID userId, String username) {
        queries.insert(clock.instant(), attempt(username), userId, SignInOutcome.SUCCEEDED);
    }

    private static SignInAttempt attempt(String username) {
        return new SignInAttempt(username, CurrentActor.remoteAddress(), userAgent());
    }

    private static @Nullable String userAgent() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getHeader(HttpHeaders.USER_AGENT);
        }
        return null;
    }
}
