package dev.keydesk.account;

public enum StaffRole {
    SUPPORT
}
