package dev.keydesk.leak;

import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration
class SecretScanningConfiguration {

    @Bean
    TrustedKeys trustedKeys(SecretScanningProperties properties, JsonMapper json) {
        return new TrustedKeys(properties, json, Ticker.systemTicker());
    }
}
