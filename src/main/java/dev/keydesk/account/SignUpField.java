package dev.keydesk.account;

/** The fields of the sign-up form, so a refusal can say which field is wrong. */
public enum SignUpField {
    ORGANIZATION, EMAIL, USERNAME, PASSWORD, CONFIRM_PASSWORD
}
