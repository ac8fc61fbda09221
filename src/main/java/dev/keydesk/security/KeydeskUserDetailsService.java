package dev.keydesk.security;

import dev.keydesk.account.AccountService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

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
