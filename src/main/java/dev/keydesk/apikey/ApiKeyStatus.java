package dev.keydesk.apikey;

public enum ApiKeyStatus {
    ACTIVE, DEACTIVATED, DELETED
}
