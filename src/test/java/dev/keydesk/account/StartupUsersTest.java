package dev.keydesk.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** No request may arrive before the start-up users exist: they are created before the web server starts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StartupUsersTest {

    static final AtomicLong usersWhenServerStarted = new AtomicLong(-1);

    @TestConfiguration
    static class WatchServerStart {

        @Bean
        ApplicationListener<WebServerInitializedEvent> countUsersOnServerStart(JdbcClient jdbc) {
            return event -> usersWhenServerStarted.compareAndSet(-1,
                    jdbc.sql("select count(*) from app_user").query(Long.class).single());
        }
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_demo_users_exist_before_the_web_server_accepts_requests() {
        assertThat(usersWhenServerStarted.get()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single()).isEqualTo(3);
    }
}
