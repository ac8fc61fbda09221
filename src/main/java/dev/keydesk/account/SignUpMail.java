package dev.keydesk.account;

import java.util.Locale;

/**
 * A mail that a sign-up sends once its transaction commits. Both answer the same on the form, so the form
 * never tells whether an address already belongs to someone; only the mailbox's owner learns which it was.
 */
sealed interface SignUpMail {

    String to();

    /** "Confirm your account", in the language of the form: the token is the only copy of the secret; the database has its hash. */
    record ConfirmAccount(String to, String token, Locale language) implements SignUpMail {
        @Override
        public String toString() {
            return "ConfirmAccount[" + to + "]";
        }
    }

    /** "Someone tried to sign up with your address": the address already belongs to a user, whose language it is in. */
    record AddressAlreadyUsed(String to) implements SignUpMail {
    }
}
