package dev.keydesk.account;

public enum AccountStatus {
    ACTIVE, SUSPENDED
}
