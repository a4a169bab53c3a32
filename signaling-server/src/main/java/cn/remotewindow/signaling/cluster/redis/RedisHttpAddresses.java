package cn.remotewindow.signaling.cluster.redis;

import cn.remotewindow.signaling.cluster.ClusterNode;
import cn.remotewindow.signaling.cluster.HttpAddresses;
import io.lettuce.core.RedisException;
import io.lettuce.core.SetArgs;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every node's HTTP base address in Redis, one key per node written like its registration
 * ({@link RedisNodeRegistry}): renewed every keep-alive with a lifetime of node-ttl, so the
 * address of a node that died is gone with it. A key of its own, so that the registration and
 * its script stay as they are. Renews on a thread of its own: its Redis calls wait.
 */
public final class RedisHttpAddresses implements HttpAddresses, AutoCloseable {

    /** STRING per node, {@code <prefix>node-http:<nodeId>}: the node's HTTP base URL; expires after node-ttl unless renewed. */
    public static final String NODE_HTTP = "node-http:";

    private static final Logger log = LoggerFactory.getLogger(RedisHttpAddresses.class);

    private final RedisLink redis;
    private final String prefix;
    private final ClusterNode self;
    private final Duration keepAlive;
    private final Duration lifetime;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "cluster-http-address");
        t.setDaemon(true);
        return t;
    });
    private volatile String advertised;
    private volatile boolean failing;

    public RedisHttpAddresses(RedisLink redis, String prefix, ClusterNode self, Duration keepAlive, Duration lifetime) {
        this.redis = redis;
        this.prefix = prefix;
        this.self = self;
        this.keepAlive = keepAlive;
        this.lifetime = lifetime;
    }

    /** Publishes this node's address now (once its HTTP port is known) and keeps it alive; a second call replaces it. */
    public void advertise(URI address) {
        boolean first = advertised == null;
        advertised = address.toString();
        thread.execute(this::renewQuietly);
        if (first) {
            thread.scheduleWithFixedDelay(this::renewQuietly, keepAlive.toMillis(), keepAlive.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        log.info("node {} answers HTTP for the other nodes at {}", self.id(), address);
    }

    @Override
    public Optional<URI> of(String nodeId) {
        String address = redis.sync().get(prefix + NODE_HTTP + nodeId);
        return Optional.ofNullable(address).map(URI::create);
    }

    private void renewQuietly() {
        try {
            redis.sync().set(prefix + NODE_HTTP + self.id(), advertised, SetArgs.Builder.px(lifetime.toMillis()));
            if (failing) {
                log.info("node {} advertises its HTTP address again", self.id());
            }
            failing = false;
        } catch (RedisException e) {
            if (!failing) {
                log.warn("node {} could not renew its HTTP address: {}", self.id(), e.getMessage());
            }
            failing = true;
        }
    }

    /** Stops renewing and removes the address: requests for this node are not sent to it any more. */
    @Override
    public void close() {
        thread.shutdownNow();
        if (advertised != null) {
            try {
                redis.sync().del(prefix + NODE_HTTP + self.id());
            } catch (RedisException e) {
                log.debug("could not remove the HTTP address of node {}: it runs out by itself", self.id());
            }
        }
    }
}
