package cn.remotewindow.signaling.testing;

import cn.remotewindow.signaling.SignalingApplication;
import cn.remotewindow.signaling.auth.SignalingTickets;
import cn.remotewindow.signaling.ws.SignalingServer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Signaling nodes in this JVM sharing one real Redis (window.cluster.mode=redis), each a whole
 * server on free ports with its own records database, as a load balancer would see them. Nodes
 * share the JWT secret, so a ticket issued by one is accepted by all (once).
 */
public final class TestCluster implements AutoCloseable {

    /** Short keep-alive and lifetime, so that a dead node is noticed within about a second. */
    public static final String KEEP_ALIVE = "200ms";
    public static final String NODE_TTL = "1s";

    private final EmbeddedRedis redis;
    private final String prefix = "test-" + UUID.randomUUID().toString().substring(0, 8) + ":";
    private final String jwtSecret = Base64.getEncoder().encodeToString(UUID.randomUUID().toString()
            .repeat(2).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    private final Map<String, ConfigurableApplicationContext> nodes = new LinkedHashMap<>();
    private final List<Parties> parties = new ArrayList<>();
    private final List<ServerProcess> processes = new ArrayList<>();

    public TestCluster(EmbeddedRedis redis) {
        this.redis = redis;
    }

    /** Starts a node named {@code name} with these extra {@code key=value} properties. */
    public ConfigurableApplicationContext start(String name, String... extra) {
        List<String> properties = merged(List.of(
                "server.port=0",
                "server.address=127.0.0.1",
                "window.signaling.port=0",
                "window.signaling.bind-address=127.0.0.1"), common(name), List.of(extra));
        // As command-line arguments: they outrank application.yml (builder properties are only defaults).
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SignalingApplication.class)
                .run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
        nodes.put(name, context);
        return context;
    }

    /**
     * Starts a node in a JVM of its own, to be killed the way an operating system kills (SIGKILL).
     * Not ready yet: call {@link ServerProcess#awaitReady}.
     */
    public ServerProcess startProcess(String name, java.nio.file.Path log, String... extra) {
        List<String> arguments = merged(common(name), List.of(extra));
        ServerProcess process = ServerProcess.start(arguments.stream().map(p -> "--" + p).toList(), log);
        processes.add(process);
        return process;
    }

    /** Kiosks and experts connected to a node in its own process; tickets come from a node in this JVM. */
    public Parties parties(ServerProcess process) {
        ConfigurableApplicationContext any = nodes.values().iterator().next();
        Parties opened = new Parties(java.net.URI.create("ws://127.0.0.1:" + process.signalingPort() + "/signal"),
                any.getBean(SignalingTickets.class));
        parties.add(opened);
        return opened;
    }

    /** Later settings replace earlier ones of the same key (Spring would join repeated arguments into a list). */
    @SafeVarargs
    private static List<String> merged(List<String>... layers) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (List<String> layer : layers) {
            for (String setting : layer) {
                int eq = setting.indexOf('=');
                byKey.put(setting.substring(0, eq), setting.substring(eq + 1));
            }
        }
        List<String> settings = new ArrayList<>();
        byKey.forEach((key, value) -> settings.add(key + "=" + value));
        return settings;
    }

    private List<String> common(String name) {
        return List.of(
                "window.demo.enabled=false",
                "window.auth.bcrypt-strength=4",
                "window.auth.jwt-secret=" + jwtSecret,
                "window.records.url=jdbc:h2:mem:" + prefix.replace(":", "") + name,
                "window.cluster.mode=redis",
                "window.cluster.node-id=" + name,
                "window.cluster.redis-url=" + redis.url(),
                "window.cluster.key-prefix=" + prefix,
                "window.cluster.keep-alive=" + KEEP_ALIVE,
                "window.cluster.node-ttl=" + NODE_TTL,
                "spring.main.banner-mode=off");
    }

    public ConfigurableApplicationContext node(String name) {
        ConfigurableApplicationContext context = nodes.get(name);
        if (context == null) {
            throw new IllegalArgumentException("no node " + name);
        }
        return context;
    }

    /** The node's HTTP port (the API a load balancer sends kiosks and experts to). */
    public int httpPort(String name) {
        return Integer.parseInt(node(name).getEnvironment().getRequiredProperty("local.server.port"));
    }

    /** Kiosks and experts connected to this node. */
    public Parties parties(String name) {
        ConfigurableApplicationContext context = node(name);
        Parties opened = new Parties(context.getBean(SignalingServer.class), context.getBean(SignalingTickets.class));
        parties.add(opened);
        return opened;
    }

    public String prefix() {
        return prefix;
    }

    /** Stops the node the way an operator does (SIGTERM): it shuts down in order. */
    public void stop(String name) {
        ConfigurableApplicationContext context = nodes.remove(name);
        if (context != null) {
            context.close();
        }
    }

    @Override
    public void close() {
        parties.forEach(Parties::close);
        processes.forEach(ServerProcess::close);
        for (ConfigurableApplicationContext context : nodes.values()) {
            context.close();
        }
        nodes.clear();
    }
}
