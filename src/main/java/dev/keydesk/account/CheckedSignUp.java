package dev.keydesk.account;

/** A sign-up whose every field passed its rules; the password is checked but not kept here. */
record CheckedSignUp(OrganizationName organization, EmailAddress email, Username username) {
}
