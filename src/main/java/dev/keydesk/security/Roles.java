package dev.keydesk.security;

/** Role names, as used in {@code @RolesAllowed} and as Spring authorities with the ROLE_ prefix. */
public final class Roles {

    public static final String CUSTOMER = "CUSTOMER";
    public static final String SUPPORT = "SUPPORT";

    private Roles() {
    }
}
