package dev.keydesk.apiauth;

import java.util.Optional;

import dev.keydesk.apikey.PlatformService;
import org.jspecify.annotations.Nullable;

/**
 * A model service authenticated by its token. Which token it used is not kept; only the service the token
 * is bound to, if any ({@code service=token} in KEYDESK_SERVICE_TOKENS).
 */
public record ServiceCaller(@Nullable PlatformService boundTo) {

    public Optional<PlatformService> boundService() {
        return Optional.ofNullable(boundTo);
    }

    /** Whether this caller may report for the service: an unbound token may report for every one. */
    public boolean mayReportFor(PlatformService service) {
        return boundTo == null || boundTo == service;
    }
}
