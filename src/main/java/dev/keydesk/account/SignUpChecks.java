package dev.keydesk.account;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Every rule of the sign-up form, each refusal on its own field; reports all wrong fields at once. */
@Component
class SignUpChecks {

    static final String USERNAME_TAKEN = SignUpProblem.USERNAME_TAKEN.english(List.of());
    static final String ORGANIZATION_TAKEN = SignUpProblem.ORGANIZATION_TAKEN.english(List.of());
    static final String EMAIL_USED = SignUpProblem.EMAIL_USED.english(List.of());

    private final AccountRepository accounts;
    private final AppUserRepository users;
    private final PendingSignUps pendings;
    private final PasswordPolicy passwords;

    SignUpChecks(AccountRepository accounts, AppUserRepository users, PendingSignUps pendings,
            PasswordPolicy passwords) {
        this.accounts = accounts;
        this.users = users;
        this.pendings = pendings;
        this.passwords = passwords;
    }

    /**
     * The checked fields, or a refusal naming every wrong field. A used email is refused only when
     * {@code refuseUsedEmail}: with mail, the mailbox's owner is told instead, and the form says nothing.
     */
    CheckedSignUp check(SignUp form, boolean refuseUsedEmail) {
        Map<SignUpField, SignUpProblem.Found> errors = new EnumMap<>(SignUpField.class);
        OrganizationName organization = parse(errors, () -> OrganizationName.of(form.organization()));
        EmailAddress email = parse(errors, () -> EmailAddress.of(form.email()));
        Username username = parse(errors, () -> Username.of(form.username()));
        passwords.check(form.password()).ifPresent(problem -> errors.put(SignUpField.PASSWORD, problem.signUp()));
        if (!form.password().equals(form.confirmPassword())) {
            errors.put(SignUpField.CONFIRM_PASSWORD, SignUpProblem.Found.of(SignUpProblem.PASSWORDS_DIFFER));
        }
        if (organization != null && (accounts.nameTaken(organization.key())
                || pendings.organizationTaken(organization.key()))) {
            errors.put(SignUpField.ORGANIZATION, SignUpProblem.Found.of(SignUpProblem.ORGANIZATION_TAKEN));
        }
        if (username != null && (users.usernameTaken(username.key()) || pendings.usernameTaken(username.key()))) {
            errors.put(SignUpField.USERNAME, SignUpProblem.Found.of(SignUpProblem.USERNAME_TAKEN));
        }
        if (email != null && refuseUsedEmail && emailUsed(email)) {
            errors.put(SignUpField.EMAIL, SignUpProblem.Found.of(SignUpProblem.EMAIL_USED));
        }
        if (!errors.isEmpty() || organization == null || email == null || username == null) {
            throw new SignUpRefusedException(errors);
        }
        return new CheckedSignUp(organization, email, username);
    }

    /** Whether an account or user took the sign-up's organization name or username meanwhile. */
    boolean taken(CheckedSignUp signUp) {
        return accounts.nameTaken(signUp.organization().key()) || users.usernameTaken(signUp.username().key());
    }

    boolean emailUsed(EmailAddress email) {
        return users.emailUsed(email.key());
    }

    private static <T> @Nullable T parse(Map<SignUpField, SignUpProblem.Found> errors, Supplier<T> value) {
        try {
            return value.get();
        } catch (SignUpRefusedException refused) {
            errors.putAll(refused.problems());
            return null;
        }
    }
}
