package cn.remotewindow.signaling.cluster.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.event.connection.ConnectionActivatedEvent;
import io.lettuce.core.event.connection.ConnectionDeactivatedEvent;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's connections to Redis through Lettuce: one for commands (thread-safe, shared; its
 * commands reach Redis in the order they were issued) and one for the relay's subscriptions.
 *
 * <p>While Redis is unreachable commands fail at once ({@code REJECT_COMMANDS}) instead of
 * piling up, and Lettuce reconnects in the background; listeners hear every (re)connection, so
 * that the node can register again what a restarted Redis has lost (docs/cluster.md).
 */
public final class RedisLink implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisLink.class);

    private final ClientResources resources;
    private final RedisClient client;
    private final StatefulRedisConnection<String, String> commands;
    private final StatefulRedisPubSubConnection<String, String> subscriptions;
    private final List<Runnable> onReconnect = new CopyOnWriteArrayList<>();

    public RedisLink(String url, Duration commandTimeout) {
        RedisURI uri = RedisURI.create(url);
        uri.setTimeout(commandTimeout);
        // Reconnect attempts at most a second apart (Lettuce's default backs off to 30 s): a node must
        // be back with Redis soon after Redis is.
        resources = DefaultClientResources.builder()
                .reconnectDelay(Delay.exponential(Duration.ofMillis(50), Duration.ofSeconds(1), 2, TimeUnit.MILLISECONDS))
                .build();
        client = RedisClient.create(resources, uri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(commandTimeout))
                .socketOptions(SocketOptions.builder().connectTimeout(commandTimeout).keepAlive(true).build())
                .build());
        commands = client.connect();
        subscriptions = client.connectPubSub();
        // Heard after a drop only, so the first connect above does not count as a reconnect.
        AtomicBoolean dropped = new AtomicBoolean();
        resources.eventBus().get().subscribe(event -> {
            if (event instanceof ConnectionDeactivatedEvent) {
                dropped.set(true);
            } else if (event instanceof ConnectionActivatedEvent && dropped.compareAndSet(true, false)) {
                log.info("connected to redis again: registering this node's state anew");
                onReconnect.forEach(RedisLink::runQuietly);
            }
        });
    }

    public RedisCommands<String, String> sync() {
        return commands.sync();
    }

    public RedisAsyncCommands<String, String> async() {
        return commands.async();
    }

    public StatefulRedisPubSubConnection<String, String> subscriptions() {
        return subscriptions;
    }

    /** Runs after Lettuce has connected again (to a restarted Redis, or after an outage); not on start. */
    public void onReconnect(Runnable listener) {
        onReconnect.add(listener);
    }

    @Override
    public void close() {
        subscriptions.close();
        commands.close();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        resources.shutdown(0, 2, TimeUnit.SECONDS);
    }

    private static void runQuietly(Runnable listener) {
        try {
            listener.run();
        } catch (RuntimeException e) {
            log.warn("a redis reconnect listener failed", e);
        }
    }
}
