package dev.keydesk.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.keydesk.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One node of a cluster, in this JVM: the whole application in the test profile on its own random
 * ports, on a database that other nodes may share. Close it to shut the node down.
 */
public final class TestNode implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final SignedIn signedIn;

    private TestNode(ConfigurableApplicationContext context) {
        this.context = context;
        this.signedIn = SignedIn.in(context);
    }

    /** Starts a node on the given PostgreSQL database, with extra settings such as {@code keydesk.demo-data}. */
    public static TestNode start(String jdbcUrl, Map<String, String> settings) {
        Map<String, String> all = new java.util.HashMap<>(settings);
        PostgresDatabases.properties(jdbcUrl).forEach((key, value) -> all.putIfAbsent(key, String.valueOf(value)));
        return start(all);
    }

    /** Starts a node with these settings only, the database's among them ({@code spring.datasource.*}). */
    public static TestNode start(Map<String, String> settings) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0"));
        settings.forEach((key, value) -> args.add("--" + key + "=" + value));
        // As command-line arguments: the builder's "properties" are defaults, below application.properties.
        return new TestNode(new SpringApplicationBuilder(Application.class).profiles("test")
                .run(args.toArray(String[]::new)));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Runs code signed in on this node. */
    public SignedIn signedIn() {
        return signedIn;
    }

    /** Real HTTP to this node's API port. */
    public ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port("local.server.port"));
    }

    /** Real HTTP to this node's management (actuator) port, which listens on 127.0.0.1 only. */
    public ApiClient management() {
        return new ApiClient("http://127.0.0.1:" + port("local.management.port"));
    }

    private String port(String property) {
        return context.getEnvironment().getRequiredProperty(property);
    }

    @Override
    public void close() {
        context.close();
    }
}
