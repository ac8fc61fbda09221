package dev.keydesk.account;

/** What a sign-up did, for the form to say. */
public sealed interface SignUpResult {

    /** Without mail: the account exists and its owner can log in now. */
    record AccountCreated(AccountSummary account) implements SignUpResult {
    }

    /** With mail: "We sent a confirmation to <email>", whether or not the address was already known. */
    record ConfirmationSent(String email) implements SignUpResult {
    }
}
