package dev.keydesk.apiauth;

import java.util.List;
import java.util.UUID;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request authenticated by an API key. Holds ids and names, never the key itself. */
public final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    public static final String AUTHORITY = "API_KEY";

    private final UUID keyId;
    private final String keyName;
    private final UUID accountId;
    private final String accountName;

    ApiKeyAuthentication(UUID keyId, String keyName, UUID accountId, String accountName) {
        super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
        this.keyId = keyId;
        this.keyName = keyName;
        this.accountId = accountId;
        this.accountName = accountName;
        setAuthenticated(true);
    }

    public UUID keyId() {
        return keyId;
    }

    public String keyName() {
        return keyName;
    }

    public UUID accountId() {
        return accountId;
    }

    public String accountName() {
        return accountName;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return keyId;
    }
}
