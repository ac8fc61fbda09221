package dev.keydesk.signin.ui;

import java.util.List;

import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.NavigationContext;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Vaadin's navigation access control: the views' access annotations, and the sign-in stage ({@link FactorGate}). */
@Configuration(proxyBeanMethods = false)
class FactorGateConfiguration {

    @Bean
    static NavigationAccessControlConfigurer navigationAccessControlConfigurer() {
        return new NavigationAccessControlConfigurer()
                .withAnnotatedViewAccessChecker()
                .withAvailableNavigationAccessCheckers(FactorGate.class::isInstance)
                .withDecisionResolver(new EveryCheckerAgrees());
    }

    /**
     * A view opens when one checker allows it and none denies it. Vaadin's default resolver calls an allow
     * beside a deny a misconfiguration (REJECT); here the gate's deny is meant to overrule the annotations.
     */
    static final class EveryCheckerAgrees implements AccessCheckDecisionResolver {

        @Override
        public AccessCheckResult resolve(List<AccessCheckResult> results, NavigationContext context) {
            return results.stream().filter(result -> result.decision() == AccessCheckDecision.DENY).findFirst()
                    .orElseGet(() -> results.stream().anyMatch(result -> result.decision() == AccessCheckDecision.ALLOW)
                            ? context.allow() : context.deny("No access checker allows this view."));
        }
    }
}
