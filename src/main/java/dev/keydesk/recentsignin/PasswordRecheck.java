package dev.keydesk.recentsignin;

import java.util.UUID;
import java.util.function.BooleanSupplier;

import dev.keydesk.account.Credentials;
import dev.keydesk.recentsignin.RecentSignIn.Confirmation;
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

    public Confirmation check(UUID userId, String username, String password) {
        return check(userId, username, password, () -> true);
    }

    /**
     * The password, then a second check (an authentication code) as one attempt: a wrong code counts like a
     * wrong password, and only both right clear the failures, so knowing the password does not buy unlimited
     * guesses at the code.
     */
    Confirmation check(UUID userId, String username, String password, BooleanSupplier secondCheck) {
        if (throttle.refuses(username)) {
            return Confirmation.LOCKED;
        }
        if (!credentials.matches(userId, password)) {
            throttle.failed(username);
            return Confirmation.WRONG_PASSWORD;
        }
        if (!secondCheck.getAsBoolean()) {
            throttle.failed(username);
            return Confirmation.WRONG_CODE;
        }
        throttle.succeeded(userId, username);
        return Confirmation.CONFIRMED;
    }
}
