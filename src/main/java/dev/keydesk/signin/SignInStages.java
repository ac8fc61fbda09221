package dev.keydesk.signin;

import dev.keydesk.security.KeydeskUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;

/**
 * How far the current session's sign-in has come. The dashboard's navigation asks it on every page, so a
 * password-only session of an enrolled user opens the code page and nothing else, and a person whom a
 * policy requires to use two-factor sign-in opens the Security page and nothing else until they have it.
 */
@Service
public class SignInStages {

    private final SecurityContextHolderStrategy contexts;
    private final SecondFactorCheck factors;
    private final TwoFactorPolicy policy;

    SignInStages(SecurityContextHolderStrategy contexts, SecondFactorCheck factors, TwoFactorPolicy policy) {
        this.contexts = contexts;
        this.factors = factors;
        this.policy = policy;
    }

    /** The stage of the session of the current request. */
    public SignInStage current() {
        return of(contexts.getContext().getAuthentication());
    }

    public SignInStage of(@Nullable Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || !(authentication.getPrincipal() instanceof KeydeskUser user)) {
            return SignInStage.SIGNED_OUT;
        }
        if (!Factors.hasRole(authentication, user)) {
            return SignInStage.CODE_REQUIRED;
        }
        // Asked on every page of a session without a second factor, so a requirement switched on (or two-factor
        // switched off) mid-session applies at the next page; once set up, the enrolment's own code counts.
        if (!Factors.hasSecondFactor(authentication) && policy.requiresTwoFactor(user)
                && !factors.isEnrolled(user.id())) {
            return SignInStage.ENROLMENT_REQUIRED;
        }
        return SignInStage.COMPLETE;
    }
}
