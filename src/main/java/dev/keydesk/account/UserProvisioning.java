package dev.keydesk.account;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import dev.keydesk.base.i18n.Languages;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts and users: demo data, bootstrap support users, sign-up. */
@Service
public class UserProvisioning {

    private final AccountRepository accounts;
    private final AppUserRepository users;
    private final MembershipRepository memberships;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final int defaultKeyLimit;

    UserProvisioning(AccountRepository accounts, AppUserRepository users, MembershipRepository memberships,
            PasswordEncoder passwordEncoder, Clock clock, dev.keydesk.KeydeskProperties properties) {
        this.accounts = accounts;
        this.users = users;
        this.memberships = memberships;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.defaultKeyLimit = properties.defaultKeyLimit();
    }

    @Transactional(readOnly = true)
    public boolean hasUsers() {
        return users.count() > 0;
    }

    @Transactional(readOnly = true)
    public boolean hasSupportUser() {
        return users.existsSupportUser();
    }

    /** Creates an account and its owner (demo data, tests); sign-up goes through Registration's checks. */
    @Transactional
    public AccountSummary createAccountWithOwner(String accountName, String username, @Nullable String email,
            String rawPassword) {
        OrganizationName name = OrganizationName.of(accountName);
        return createAccount(name, username, email, passwordEncoder.encode(rawPassword));
    }

    /** Creates a signed-up account and its owner, whose password was hashed when the form was sent. */
    @Transactional
    AccountSummary createSignedUpAccount(CheckedSignUp signUp, String passwordHash, Locale language) {
        AccountSummary account = createAccount(signUp.organization(), signUp.username().value(),
                signUp.email().value(), passwordHash);
        users.findByUsernameIgnoreCase(signUp.username().value())
                .ifPresent(owner -> users.keepLanguage(owner.id(), Languages.tag(language)));
        return account;
    }

    private AccountSummary createAccount(OrganizationName name, String username, @Nullable String email,
            String passwordHash) {
        Account account = accounts.insert(new Account(UUID.randomUUID(), name.value(), name.key(),
                AccountStatus.ACTIVE, defaultKeyLimit, clock.instant()));
        AppUser owner = insertUser(username, email, passwordHash, null);
        memberships.insert(new Membership(owner.id(), account.id(), MembershipRole.OWNER));
        return AccountSummary.of(account);
    }

    @Transactional
    public void createSupportUser(String username, String rawPassword) {
        insertUser(username, null, passwordEncoder.encode(rawPassword), StaffRole.SUPPORT);
    }

    private AppUser insertUser(String username, @Nullable String email, String passwordHash,
            @Nullable StaffRole staffRole) {
        String name = username.trim();
        return users.insert(new AppUser(UUID.randomUUID(), name, email, passwordHash, name, staffRole, true,
                clock.instant()));
    }
}
