package dev.keydesk.signin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code keydesk.two-factor-policy.*}.
 *
 * @param requiredForSupport whether support staff must set up two-factor sign-in before they reach any
 *                           customer data (on in {@code prod}; off by default, so the demo support user
 *                           signs in with its password alone)
 */
@ConfigurationProperties("keydesk.two-factor-policy")
public record TwoFactorPolicyProperties(@DefaultValue("false") boolean requiredForSupport) {
}
