package dev.keydesk.account;

/** What opening a confirmation link did. */
public sealed interface SignUpConfirmation {

    /** The account exists now; its owner logs in with this username. */
    record Confirmed(String username) implements SignUpConfirmation {
    }

    /** Unknown, used or expired link: nothing happened. */
    record Invalid() implements SignUpConfirmation {
    }

    /** The organization name or username was taken by someone else before the link was opened. */
    record NameTaken() implements SignUpConfirmation {
    }
}
