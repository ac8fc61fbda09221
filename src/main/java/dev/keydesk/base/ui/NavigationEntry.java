package dev.keydesk.base.ui;

import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.icon.VaadinIcon;
import dev.keydesk.security.Roles;

/** The side navigation, per role. */
enum NavigationEntry {
    API_KEYS("API Keys", "api-keys", VaadinIcon.KEY, Roles.CUSTOMER),
    ACTIVITY("Activity", "activity", VaadinIcon.CLIPBOARD_TEXT, Roles.CUSTOMER),
    CUSTOMER_ACCOUNTS("Customer accounts", "support/accounts", VaadinIcon.USERS, Roles.SUPPORT),
    SIGN_IN_LOCKS("Sign-in locks", "support/sign-in-locks", VaadinIcon.LOCK, Roles.SUPPORT);

    private final String label;
    private final String path;
    private final VaadinIcon icon;
    private final String role;

    NavigationEntry(String label, String path, VaadinIcon icon, String role) {
        this.label = label;
        this.path = path;
        this.icon = icon;
        this.role = role;
    }

    static List<NavigationEntry> visibleTo(String role) {
        return Arrays.stream(values()).filter(entry -> entry.role.equals(role)).toList();
    }

    String label() {
        return label;
    }

    String path() {
        return path;
    }

    VaadinIcon icon() {
        return icon;
    }
}
