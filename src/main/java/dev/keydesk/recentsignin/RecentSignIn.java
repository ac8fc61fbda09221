package dev.keydesk.recentsignin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

import dev.keydesk.security.KeydeskUser;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Whether the signed-in person signed in recently enough for a sensitive action, and confirming it again.
 *
 * <p>The time of the sign-in is Spring Security's own: the form login gives the authentication a
 * {@link FactorGrantedAuthority} {@code FACTOR_PASSWORD} issued at that moment, and it lives in the
 * session with the rest of the sign-in (after a second step, dev.keydesk.signin's {@code FACTOR_TOTP} too).
 * A confirmation re-issues every factor authority the sign-in has, so the session's sign-in becomes recent
 * again without a new session. An authentication
 * without that authority (made by no password check) is never recent.
 */
@Service
public class RecentSignIn {

    private final SecurityContextHolderStrategy contexts;
    private final PasswordRecheck passwords;
    private final ObjectProvider<SecondFactorCheck> secondFactor;
    private final Duration maxAge;
    private final Clock clock;
    private final SecurityContextRepository sessionContexts = new HttpSessionSecurityContextRepository();

    RecentSignIn(SecurityContextHolderStrategy contexts, PasswordRecheck passwords,
            ObjectProvider<SecondFactorCheck> secondFactor, RecentSignInProperties properties, Clock clock) {
        this.contexts = contexts;
        this.passwords = passwords;
        this.secondFactor = secondFactor;
        this.maxAge = properties.maxAge();
        this.clock = clock;
    }

    /** Refuses with {@link RecentSignInRequiredException} unless the last sign-in is recent. */
    public void require() {
        if (!isRecent()) {
            throw new RecentSignInRequiredException();
        }
    }

    public boolean isRecent() {
        return signedInAt(authentication()).filter(at -> !at.plus(maxAge).isBefore(clock.instant())).isPresent();
    }

    /** How long a sign-in counts as recent. */
    public Duration maxAge() {
        return maxAge;
    }

    /** Whether confirming asks for an authentication code as well as the password. */
    public boolean needsCode() {
        SecondFactorCheck factor = secondFactor.getIfAvailable();
        return factor != null && factor.isEnrolled(user().id());
    }

    /**
     * Checks the password (and the code, when the person has a second factor), throttled like the login
     * form; when both are right, the sign-in of this session is recent again.
     */
    public Confirmation confirm(String password, @Nullable String code) {
        KeydeskUser user = user();
        SecondFactorCheck factor = secondFactor.getIfAvailable();
        boolean codeNeeded = factor != null && factor.isEnrolled(user.id());
        Confirmation result = passwords.check(user.id(), user.getUsername(), password, () -> !codeNeeded
                || code != null && factor.verify(user.id(), code.replace(" ", "").strip()));
        if (result == Confirmation.CONFIRMED) {
            renew();
        }
        return result;
    }

    /** Re-issues the sign-in's factor authorities now (and the password factor, if it had none). */
    private void renew() {
        SecurityContext context = contexts.getContext();
        Authentication current = authentication();
        Instant now = clock.instant();
        Predicate<GrantedAuthority> isFactor = FactorGrantedAuthority.class::isInstance;
        Authentication renewed = current.toBuilder().authorities(authorities -> {
            var factors = authorities.stream().filter(isFactor).map(GrantedAuthority::getAuthority).toList();
            authorities.removeIf(isFactor);
            factors.forEach(factor -> authorities.add(FactorGrantedAuthority.withAuthority(factor).issuedAt(now)
                    .build()));
            if (!factors.contains(FactorGrantedAuthority.PASSWORD_AUTHORITY)) {
                authorities.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)
                        .issuedAt(now).build());
            }
        }).build();
        context.setAuthentication(renewed);
        // The context is the session's own object already; saving it says so, whatever repository loaded it.
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                && request.getResponse() != null && request.getRequest().getSession(false) != null) {
            sessionContexts.saveContext(context, request.getRequest(), request.getResponse());
        }
    }

    static Optional<Instant> signedInAt(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .filter(FactorGrantedAuthority.class::isInstance)
                .map(FactorGrantedAuthority.class::cast)
                .filter(factor -> factor.getAuthority().equals(FactorGrantedAuthority.PASSWORD_AUTHORITY))
                .map(FactorGrantedAuthority::getIssuedAt)
                .max(Instant::compareTo);
    }

    private Authentication authentication() {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof KeydeskUser)) {
            throw new AuthenticationCredentialsNotFoundException("Sign in to do this.");
        }
        return authentication;
    }

    private KeydeskUser user() {
        return (KeydeskUser) authentication().getPrincipal();
    }

    /** What a confirmation came to. */
    public enum Confirmation {
        CONFIRMED,
        WRONG_PASSWORD,
        WRONG_CODE,
        /** Too many failed attempts for this user or address: the password was not checked. */
        LOCKED
    }
}
