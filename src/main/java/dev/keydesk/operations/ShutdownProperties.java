package dev.keydesk.operations;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a node leaves a cluster ({@code keydesk.shutdown.*}).
 *
 * @param drainDelay how long a stopping node keeps serving after it reports not-ready, so the load
 *         balancer's health checks notice and send no new requests before the connector closes;
 *         longer than the balancer's check interval times its failure count ({@code prod}: 5s)
 */
@ConfigurationProperties("keydesk.shutdown")
public record ShutdownProperties(@DefaultValue("0s") Duration drainDelay) {
}
