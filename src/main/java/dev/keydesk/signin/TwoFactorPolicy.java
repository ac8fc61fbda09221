package dev.keydesk.signin;

import dev.keydesk.security.KeydeskUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who must use two-factor sign-in: support staff when {@code keydesk.two-factor-policy.required-for-support}
 * says so (in {@code prod}), and every member of an account whose owner requires it.
 */
@Service
public class TwoFactorPolicy {

    private final TwoFactorPolicyProperties properties;
    private final TwoFactorRequirementQueries queries;

    TwoFactorPolicy(TwoFactorPolicyProperties properties, TwoFactorRequirementQueries queries) {
        this.properties = properties;
        this.queries = queries;
    }

    @Transactional(readOnly = true)
    public boolean requiresTwoFactor(KeydeskUser user) {
        return user.isSupport() ? properties.requiredForSupport() : queries.requiredForMember(user.id());
    }
}
