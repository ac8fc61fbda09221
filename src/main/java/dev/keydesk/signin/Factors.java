package dev.keydesk.signin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import dev.keydesk.security.KeydeskUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * The factors a session has proven, as Spring Security's {@link FactorGrantedAuthority}s:
 * {@code FACTOR_PASSWORD} (Spring Security's password check adds it) and, after the second step,
 * {@value #TOTP} or {@value #RECOVERY_CODE}. A session gets its person's role only once every factor its
 * sign-in asked for is proven, so a password-only session of an enrolled user passes no role check.
 */
public final class Factors {

    /** An authentication code from an authenticator app (RFC 6238); Spring Security 7.0 has none of its own. */
    public static final String TOTP = "FACTOR_TOTP";
    /** One of the person's one-time recovery codes, in place of an authentication code. */
    public static final String RECOVERY_CODE = "FACTOR_RECOVERY_CODE";

    private static final Set<String> SECOND = Set.of(TOTP, RECOVERY_CODE);

    private Factors() {
    }

    /** Whether the session has proven a second factor. */
    public static boolean hasSecondFactor(@Nullable Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> SECOND.contains(authority.getAuthority()));
    }

    /** Whether the session carries its person's role, which it gets only once its sign-in is complete. */
    static boolean hasRole(Authentication authentication, KeydeskUser user) {
        Collection<? extends GrantedAuthority> roles = user.getAuthorities();
        return authentication.getAuthorities().stream().anyMatch(roles::contains);
    }

    /** The password step of an enrolled user: the password factor and no role. */
    static Authentication passwordOnly(Authentication passwordChecked, KeydeskUser user) {
        List<GrantedAuthority> factors = factorsOf(passwordChecked);
        UsernamePasswordAuthenticationToken pending = UsernamePasswordAuthenticationToken.authenticated(user, null,
                factors);
        pending.setDetails(passwordChecked.getDetails());
        return pending;
    }

    /** The complete sign-in: the person's role, the factors proven before and the second one. */
    static Authentication complete(Authentication pending, KeydeskUser user, String secondFactor, Instant at) {
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        authorities.addAll(factorsOf(pending));
        authorities.add(FactorGrantedAuthority.withAuthority(secondFactor).issuedAt(at).build());
        UsernamePasswordAuthenticationToken complete = UsernamePasswordAuthenticationToken.authenticated(user, null,
                authorities);
        complete.setDetails(pending.getDetails());
        return complete;
    }

    private static List<GrantedAuthority> factorsOf(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .filter(FactorGrantedAuthority.class::isInstance)
                .map(GrantedAuthority.class::cast)
                .toList();
    }
}
