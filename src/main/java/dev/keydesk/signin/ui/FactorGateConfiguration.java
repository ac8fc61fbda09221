package dev.keydesk.signin.ui;

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
                .withAvailableNavigationAccessCheckers(FactorGate.class::isInstance);
    }
}
