package dev.keydesk.signin;

import org.springframework.security.authentication.AccountStatusException;

/**
 * Refused because of too many failed attempts; the password was not checked. An
 * {@link AccountStatusException}, so that Spring Security's ProviderManager stops at once and never asks
 * another provider (which would check the password).
 */
public class SignInLockedException extends AccountStatusException {

    public SignInLockedException() {
        super("Too many failed attempts");
    }
}
