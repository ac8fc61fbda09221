package dev.keydesk.account;

public enum MembershipRole {
    OWNER, MEMBER
}
