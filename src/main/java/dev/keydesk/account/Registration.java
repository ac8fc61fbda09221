package dev.keydesk.account;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Self-service sign-up: a new account and its owner, after every field has been checked. */
@Service
public class Registration {

    public static final int USERNAME_MIN_LENGTH = 3;
    public static final int USERNAME_MAX_LENGTH = 64;
    public static final int EMAIL_MAX_LENGTH = 320;
    static final String USERNAME_TAKEN = "This username is taken. Choose another.";

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    // Deliberately loose: one @, something before it, a dot in the domain. The mailbox decides the rest.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private final UserProvisioning provisioning;
    private final AppUserRepository users;
    private final PasswordPolicy passwords;

    Registration(UserProvisioning provisioning, AppUserRepository users, PasswordPolicy passwords) {
        this.provisioning = provisioning;
        this.users = users;
        this.passwords = passwords;
    }

    /** Creates the account and its owner, or refuses with a message per wrong field; nothing is saved then. */
    @Transactional
    public AccountSummary register(SignUp form) {
        Map<SignUpField, String> errors = new EnumMap<>(SignUpField.class);
        organizationProblem(form.organization().strip()).ifPresent(m -> errors.put(SignUpField.ORGANIZATION, m));
        emailProblem(form.email().strip()).ifPresent(m -> errors.put(SignUpField.EMAIL, m));
        usernameProblem(form.username().strip()).ifPresent(m -> errors.put(SignUpField.USERNAME, m));
        passwords.problem(form.password()).ifPresent(m -> errors.put(SignUpField.PASSWORD, m));
        if (!form.password().equals(form.confirmPassword())) {
            errors.put(SignUpField.CONFIRM_PASSWORD, "The passwords do not match.");
        }
        if (!errors.isEmpty()) {
            throw new SignUpRefusedException(errors);
        }
        try {
            return provisioning.createAccountWithOwner(form.organization().strip(), form.username().strip(),
                    form.email().strip(), form.password());
        } catch (DuplicateKeyException raceLost) {
            throw new SignUpRefusedException(Map.of(SignUpField.USERNAME, USERNAME_TAKEN));
        }
    }

    private static Optional<String> organizationProblem(String name) {
        if (name.length() < 2) {
            return Optional.of("Enter your organization's name.");
        }
        if (name.length() > Account.NAME_MAX_LENGTH) {
            return Optional.of("Use at most " + Account.NAME_MAX_LENGTH + " characters.");
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.of("Remove line breaks and other control characters.");
        }
        return Optional.empty();
    }

    private static Optional<String> emailProblem(String email) {
        if (email.length() > EMAIL_MAX_LENGTH || !EMAIL.matcher(email).matches()) {
            return Optional.of("Enter an email address such as name@example.com.");
        }
        return Optional.empty();
    }

    private Optional<String> usernameProblem(String username) {
        if (username.length() < USERNAME_MIN_LENGTH || username.length() > USERNAME_MAX_LENGTH) {
            return Optional.of("Use " + USERNAME_MIN_LENGTH + " to " + USERNAME_MAX_LENGTH
                    + " characters.");
        }
        if (!USERNAME.matcher(username).matches()) {
            return Optional.of("Use letters, digits, dots, hyphens and underscores, starting with a "
                    + "letter or digit.");
        }
        if (users.findByUsernameIgnoreCase(username).isPresent()) {
            return Optional.of(USERNAME_TAKEN);
        }
        return Optional.empty();
    }
}
