package dev.keydesk.testsupport;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Vaadin installs its own SecurityContextHolderStrategy (one ThreadLocal per instance) into the
 * static SecurityContextHolder whenever a Spring context starts. With several cached test contexts,
 * the static holder can point at another context's instance, while {@code @WithUserDetails} fills
 * this context's bean: browserless navigation then sees nobody signed in. Re-point it per test.
 */
public final class ContextSecurityStrategy {

    private ContextSecurityStrategy() {
    }

    public static void use(ApplicationContext context) {
        context.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
