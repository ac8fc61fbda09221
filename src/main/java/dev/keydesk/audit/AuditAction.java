package dev.keydesk.audit;

/** What happened to a key, with the words the activity log shows. */
public enum AuditAction {
    KEY_CREATED("Key created"),
    KEY_RENAMED("Key renamed"),
    KEY_DELETED("Key deleted"),
    KEY_DEACTIVATED("Key deactivated");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
