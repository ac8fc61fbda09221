package dev.keydesk.recentsignin;

import java.util.UUID;

/**
 * The sign-in throttle, for password checks made while signed in (a recent sign-in, a password change):
 * they count, and are refused, exactly like attempts at the login form. Implemented by dev.keydesk.signin,
 * which depends on this package, not the other way round.
 */
public interface PasswordCheckThrottle {

    /** Whether a check of this user's password from the current client must be refused unchecked. */
    boolean refuses(String username);

    /** A checked and wrong password: counts towards the user's and the address's lock. */
    void failed(String username);

    /** A checked and right password: the user's failures no longer count. */
    void succeeded(UUID userId, String username);
}
