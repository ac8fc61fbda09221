package dev.keydesk.account;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first support user of a production installation ({@code keydesk.bootstrap-support.*}, fed
 * from KEYDESK_BOOTSTRAP_SUPPORT_USERNAME and KEYDESK_BOOTSTRAP_SUPPORT_PASSWORD in {@code prod}).
 */
@ConfigurationProperties("keydesk.bootstrap-support")
public record BootstrapSupportProperties(@Nullable String username, @Nullable String password) {

    boolean isConfigured() {
        return username != null && !username.isBlank() && password != null && !password.isEmpty();
    }

    @Override
    public String toString() {
        return "BootstrapSupportProperties[username=" + username + "]";
    }
}
