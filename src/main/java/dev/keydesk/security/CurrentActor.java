package dev.keydesk.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The person behind the current request, for services that check permissions and write the audit log. */
@Component
public class CurrentActor {

    // The application's own strategy (Vaadin's bean), as method security uses, not the JVM-wide holder.
    private final SecurityContextHolderStrategy contexts;

    CurrentActor(SecurityContextHolderStrategy contexts) {
        this.contexts = contexts;
    }

    public Actor require() {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof KeydeskUser user)) {
            throw new AuthenticationCredentialsNotFoundException("Sign in to do this.");
        }
        // A sign-in still waiting for its second factor has no role yet: it acts as nobody.
        if (!authentication.getAuthorities().containsAll(user.getAuthorities())) {
            throw new AuthenticationCredentialsNotFoundException("Finish signing in to do this.");
        }
        Actor.Kind kind = user.isSupport() ? Actor.Kind.SUPPORT : Actor.Kind.CUSTOMER;
        return new Actor(user.id(), user.getUsername(), kind, remoteAddress());
    }

    /** The client address of the current HTTP request, if there is one. */
    public static @Nullable String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }
}
