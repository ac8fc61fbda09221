package dev.keydesk.leak;

import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class SecretScanningConfiguration {

    @Bean
    TrustedKeys trustedKeys(SecretScanningProperties properties) {
        return new TrustedKeys(properties, Ticker.systemTicker());
    }
}
