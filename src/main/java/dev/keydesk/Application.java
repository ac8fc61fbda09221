package dev.keydesk;

import java.time.Clock;
import java.time.Duration;

import dev.keydesk.migration.MigrateToPostgres;
import dev.keydesk.twofactor.ResetTwoFactorCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class Application {

    public static void main(String[] args) {
        // A one-off command, not the server: it needs no Spring context and must not open a port.
        if (MigrateToPostgres.isRequested(args)) {
            System.exit(MigrateToPostgres.run(args));
        }
        if (ResetTwoFactorCommand.isRequested(args)) {
            System.exit(ResetTwoFactorCommand.run(args));
        }
        SpringApplication.run(Application.class, args);
    }

    /** Microsecond ticks, the precision both databases store: an instant read back equals the one written. */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
