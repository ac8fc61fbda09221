package dev.keydesk.account;

import dev.keydesk.security.KeydeskUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads the people who sign in to the dashboard. It lives with the users it reads, so security/ (the
 * chains, the principal, the current actor) knows nothing of accounts and account/ may use it.
 */
@Service
class KeydeskUserDetailsService implements UserDetailsService {

    private final AccountService accounts;

    KeydeskUserDetailsService(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findLoginUser(username)
                .map(user -> new KeydeskUser(user.id(), user.username(), user.displayName(), user.support(),
                        user.enabled(), user.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }
}
