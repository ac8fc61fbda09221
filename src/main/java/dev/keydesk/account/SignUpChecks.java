package dev.keydesk.account;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Every rule of the sign-up form, each refusal on its own field; reports all wrong fields at once. */
@Component
class SignUpChecks {

    static final String USERNAME_TAKEN = "This username is taken. Choose another.";
    static final String ORGANIZATION_TAKEN = "An organization with this name already has an account. Choose "
            + "another name, or ask its owner to add you.";
    static final String EMAIL_USED = "This email is already used. Log in with your existing account, or use "
            + "another address.";

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
        Map<SignUpField, String> errors = new EnumMap<>(SignUpField.class);
        OrganizationName organization = parse(errors, () -> OrganizationName.of(form.organization()));
        EmailAddress email = parse(errors, () -> EmailAddress.of(form.email()));
        Username username = parse(errors, () -> Username.of(form.username()));
        passwords.problem(form.password()).ifPresent(message -> errors.put(SignUpField.PASSWORD, message));
        if (!form.password().equals(form.confirmPassword())) {
            errors.put(SignUpField.CONFIRM_PASSWORD, "The passwords do not match.");
        }
        if (organization != null && (accounts.nameTaken(organization.key())
                || pendings.organizationTaken(organization.key()))) {
            errors.put(SignUpField.ORGANIZATION, ORGANIZATION_TAKEN);
        }
        if (username != null && (users.usernameTaken(username.key()) || pendings.usernameTaken(username.key()))) {
            errors.put(SignUpField.USERNAME, USERNAME_TAKEN);
        }
        if (email != null && refuseUsedEmail && emailUsed(email)) {
            errors.put(SignUpField.EMAIL, EMAIL_USED);
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

    private static <T> @Nullable T parse(Map<SignUpField, String> errors, Supplier<T> value) {
        try {
            return value.get();
        } catch (SignUpRefusedException refused) {
            errors.putAll(refused.errors());
            return null;
        }
    }
}
