package dev.keydesk.audit;

/** What happened to a key, an account or a member's sign-in, with the words the activity log shows. */
public enum AuditAction {
    KEY_CREATED("Key created"),
    KEY_RENAMED("Key renamed"),
    KEY_DELETED("Key deleted"),
    KEY_DEACTIVATED("Key deactivated"),
    KEY_ROLLED("Key rolled"),
    KEY_PERMISSIONS_CHANGED("Key permissions changed"),
    KEY_ADDRESSES_CHANGED("Key addresses changed"),
    KEY_EXPIRATION_CHANGED("Key expiration changed"),
    EXPIRY_REMINDER_SENT("Expiry reminder sent"),
    ACCOUNT_KEY_LIMIT_CHANGED("Account key limit changed"),
    ACCOUNT_SUSPENDED("Account suspended"),
    ACCOUNT_REACTIVATED("Account reactivated"),
    SIGNED_IN("Signed in"),
    SIGN_IN_FAILED("Sign-in failed"),
    SIGN_IN_LOCKED("Sign-in locked"),
    SIGN_IN_LOCK_LIFTED("Sign-in lock lifted"),
    TWO_FACTOR_ENABLED("Two-factor enabled"),
    TWO_FACTOR_DISABLED("Two-factor disabled"),
    RECOVERY_CODE_USED("Recovery code used"),
    RECOVERY_CODES_REGENERATED("Recovery codes regenerated"),
    TWO_FACTOR_RESET("Two-factor reset"),
    TWO_FACTOR_REQUIRED_FOR_MEMBERS("Two-factor required for members"),
    TWO_FACTOR_NO_LONGER_REQUIRED("Two-factor no longer required"),
    PASSWORD_CHANGED("Password changed"),
    PASSWORD_RESET("Password reset"),
    OTHER_SESSIONS_SIGNED_OUT("Signed out other sessions");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
