package dev.keydesk.apikey;

import org.jspecify.annotations.Nullable;

/**
 * What a presented key is to be used for: a model service's verify call names a service, an access and
 * the client's address (each optional; a key with restrictions refuses what is not named), and Keydesk's
 * own customer API asks for Read (or Write) on any service from the connection's address.
 */
public record AccessRequest(@Nullable PlatformService service, @Nullable Access access,
        @Nullable String clientAddress, @Nullable Access onAnyService) {

    /** A verify call of a model service. */
    public static AccessRequest forService(@Nullable PlatformService service, @Nullable Access access,
            @Nullable String clientAddress) {
        return new AccessRequest(service, access, clientAddress, null);
    }

    /** A call of Keydesk's customer API: reads need Read on some service, anything else Write. */
    public static AccessRequest customerApi(boolean readOnly, String clientAddress) {
        return new AccessRequest(null, null, clientAddress, readOnly ? Access.READ : Access.WRITE);
    }

    boolean permittedBy(KeyPermissions permissions) {
        return onAnyService != null ? permissions.allowsAny(onAnyService) : permissions.allows(service, access);
    }
}
