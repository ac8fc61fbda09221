package dev.keydesk.password;

import java.nio.charset.StandardCharsets;

import dev.keydesk.account.PasswordPolicy;
import org.springframework.stereotype.Component;

/** The sign-up password policy, for a new password; refusals name their reason for the views to translate. */
@Component
class NewPasswords {

    private final PasswordPolicy policy;

    NewPasswords(PasswordPolicy policy) {
        this.policy = policy;
    }

    /** Refuses with {@link PasswordRefusedException} unless the policy accepts the password. */
    void check(String password) {
        if (policy.problem(password).isEmpty()) {
            return;
        }
        // The policy decides; its limits (public constants) say which of its rules it was.
        if (password.length() < PasswordPolicy.MIN_LENGTH) {
            throw new PasswordRefusedException(PasswordProblem.TOO_SHORT);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > PasswordPolicy.MAX_BYTES) {
            throw new PasswordRefusedException(PasswordProblem.TOO_LONG);
        }
        throw new PasswordRefusedException(PasswordProblem.COMMON);
    }
}
