package dev.keydesk.signin;

import java.time.Clock;

import dev.keydesk.security.KeydeskUser;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The second sign-in step of a session that has proven the password of a person with two-factor sign-in:
 * an authentication code or a recovery code, throttled per user and per address like the password
 * (failures recorded, refused without a check while locked). When it succeeds the session gets the
 * person's role and a new session id.
 */
@Service
public class SecondStep {

    private final SecondFactorCheck factors;
    private final SignInThrottle throttle;
    private final SignInRecorder recorder;
    private final SecurityContextHolderStrategy contexts;
    private final Clock clock;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    SecondStep(SecondFactorCheck factors, SignInThrottle throttle, SignInRecorder recorder,
            SecurityContextHolderStrategy contexts, Clock clock) {
        this.factors = factors;
        this.throttle = throttle;
        this.recorder = recorder;
        this.contexts = contexts;
        this.clock = clock;
    }

    /**
     * Completes the sign-in with a code from the authenticator app.
     *
     * @throws WrongCodeException    the code is wrong or was used before
     * @throws SignInLockedException too many failed attempts: refused without checking the code
     */
    public void verifyCode(String code) {
        complete(code, SignInFactor.CODE);
    }

    /** Completes the sign-in with one of the person's unused recovery codes, which is then used up. */
    public void useRecoveryCode(String code) {
        complete(code, SignInFactor.RECOVERY_CODE);
    }

    private void complete(String code, SignInFactor factor) {
        Authentication pending = contexts.getContext().getAuthentication();
        if (pending == null || !(pending.getPrincipal() instanceof KeydeskUser user)
                || Factors.hasRole(pending, user)) {
            throw new AccessDeniedException("No sign-in is waiting for its second step.");
        }
        SignInAttempt attempt = ClientRequest.attempt(user.getUsername());
        if (throttle.refuses(attempt, factor)) {
            recorder.refused(attempt, factor);
            throw new SignInLockedException();
        }
        String typed = code.strip();
        boolean right = !typed.isEmpty() && (factor == SignInFactor.CODE
                ? factors.verify(user.id(), typed) : factors.useRecoveryCode(user.id(), typed));
        if (!right) {
            recorder.secondStepFailed(attempt, user.id(), user.getUsername(), user.isSupport(), factor);
            throw new WrongCodeException();
        }
        recorder.secondStepSucceeded(attempt, user.id(), user.getUsername(), user.isSupport(), factor);
        String proven = factor == SignInFactor.CODE ? Factors.TOTP : Factors.RECOVERY_CODE;
        store(Factors.complete(pending, user, proven, clock.instant()));
    }

    /** The complete sign-in in this thread and the HTTP session, under a new session id (no fixation). */
    private void store(Authentication complete) {
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(complete);
        contexts.setContext(context);
        ServletRequestAttributes request = ClientRequest.current();
        HttpServletResponse response = request == null ? null : request.getResponse();
        if (request != null && response != null && request.getRequest().getSession(false) != null) {
            request.getRequest().changeSessionId();
            sessions.saveContext(context, request.getRequest(), response);
        }
    }
}
