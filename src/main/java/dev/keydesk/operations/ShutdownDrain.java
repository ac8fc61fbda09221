package dev.keydesk.operations;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The pause between "not ready" and "no longer accepting requests". Spring Boot reports readiness
 * REFUSING_TRAFFIC as soon as the context starts closing, then stops the lifecycle beans, highest
 * phase first; this one has the highest phase, so its pause runs before the web server's graceful
 * shutdown stops the connector. Requests keep being served meanwhile; "last used" times are flushed
 * later, when the beans are destroyed (LastUsedRecorder), with the database still open.
 */
@Component
class ShutdownDrain implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ShutdownDrain.class);

    private final Duration delay;
    private volatile boolean running;

    ShutdownDrain(ShutdownProperties properties) {
        this.delay = properties.drainDelay();
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (delay.isZero() || delay.isNegative()) {
            return;
        }
        log.info("Not ready; serving for {} ms more so the load balancer stops sending requests", delay.toMillis());
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
