package dev.keydesk.apikey;

import java.security.SecureRandom;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ApiKeyConfiguration {

    @Bean
    KeyFormat keyFormat() {
        return new KeyFormat(new SecureRandom());
    }
}
