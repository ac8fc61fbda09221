package dev.keydesk.password;

import java.time.Duration;

/** A reset link to send once the request's transaction commits; the token is the only copy of the secret. */
record PasswordResetMail(String to, String username, String token, Duration validFor) {

    @Override
    public String toString() {
        return "PasswordResetMail[" + to + "]";
    }
}
