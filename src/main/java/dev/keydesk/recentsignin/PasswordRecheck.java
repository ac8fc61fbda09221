package dev.keydesk.recentsignin;

import dev.keydesk.account.Credentials;
import dev.keydesk.recentsignin.RecentSignIn.Confirmation;
import dev.keydesk.security.KeydeskUser;
import org.springframework.stereotype.Service;

/**
 * Checks a signed-in person's password again, counted and refused by the sign-in throttle exactly like an
 * attempt at the login form, so a stolen session cannot be used to guess the password.
 */
@Service
public class PasswordRecheck {

    private final Credentials credentials;
    private final PasswordCheckThrottle throttle;

    PasswordRecheck(Credentials credentials, PasswordCheckThrottle throttle) {
        this.credentials = credentials;
        this.throttle = throttle;
    }

    public Confirmation check(KeydeskUser user, String password) {
        if (throttle.refuses(user.getUsername())) {
            return Confirmation.LOCKED;
        }
        if (!credentials.matches(user.id(), password)) {
            throttle.failed(user.getUsername());
            return Confirmation.WRONG_PASSWORD;
        }
        throttle.succeeded(user.id(), user.getUsername());
        return Confirmation.CONFIRMED;
    }
}
