package cn.remotewindow.signaling.cluster.redis;

import cn.remotewindow.signaling.cluster.ClusterJson;
import cn.remotewindow.signaling.cluster.ClusterNode;
import cn.remotewindow.signaling.cluster.NodeRegistry;
import io.lettuce.core.RedisException;
import io.lettuce.core.ScriptOutputType;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's registration in Redis, renewed every keep-alive with a lifetime of node-ttl (the
 * design of LiveKit's node registry): a node that stops renewing is dead once its key expires.
 * Each renewal also reads which registered nodes are alive and which are dead, so a dead node is
 * noticed within one keep-alive of its expiry. Runs on a thread of its own: its Redis calls wait.
 */
public final class RedisNodeRegistry implements NodeRegistry, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisNodeRegistry.class);
    private static final LuaScript KEEP_ALIVE = LuaScript.load("/redis/cluster/keep-alive.lua");

    /** What a node says about itself in its registration. */
    public record NodeCard(String id, long startedAt, boolean draining) {
    }

    private final RedisLink redis;
    private final ClusterKeys keys;
    private final ClusterNode self;
    private final ClusterJson json;
    private final Duration keepAlive;
    private final Duration lifetime;
    private final long startedAt;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "cluster-keep-alive");
        t.setDaemon(true);
        return t;
    });
    private final List<Consumer<String>> lostListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Renewal>> renewedListeners = new CopyOnWriteArrayList<>();
    private volatile Set<String> alive;
    private volatile boolean draining;
    private volatile boolean registered;

    public RedisNodeRegistry(RedisLink redis, ClusterKeys keys, ClusterNode self, ClusterJson json, Duration keepAlive,
                             Duration lifetime, Clock clock) {
        this.redis = redis;
        this.keys = keys;
        this.self = self;
        this.json = json;
        this.keepAlive = keepAlive;
        this.lifetime = lifetime;
        this.startedAt = clock.millis();
        this.alive = Set.of(self.id());
    }

    /** Registers now (failing if Redis cannot be reached), then keeps the registration alive. */
    public void start() {
        renew();
        registered = true;
        thread.scheduleWithFixedDelay(this::renewQuietly, keepAlive.toMillis(), keepAlive.toMillis(),
                TimeUnit.MILLISECONDS);
        log.info("node {} registered (keep-alive {}, lifetime {})", self.id(), keepAlive, lifetime);
    }

    /** Stops renewing; the registration runs out by itself, or is removed now when {@code leave}. */
    public void stop(boolean leave) {
        thread.shutdownNow();
        if (leave) {
            try {
                redis.sync().del(keys.node(self.id()));
                redis.sync().srem(keys.nodes(), self.id());
            } catch (RedisException e) {
                log.warn("could not remove node {} from redis: it runs out by itself", self.id());
            }
        }
    }

    /** Tells the other nodes that this node takes no new work; returns once Redis has it. */
    public void setDraining(boolean value) {
        draining = value;
        try {
            thread.submit(this::renewQuietly).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            log.warn("node {} could not tell redis it drains: {}", self.id(), e.toString());
        }
    }

    /**
     * Live nodes that take new work: not draining, this one included unless it drains. Which nodes
     * drain is read from Redis now (an operator's question, a drain's choice of targets), not from
     * the last renewal.
     */
    public Set<String> serving() {
        Set<String> serving = new HashSet<>(alive);
        serving.removeAll(redis.sync().smembers(keys.draining()));
        if (draining) {
            serving.remove(self.id());
        }
        return Set.copyOf(serving);
    }

    public boolean draining() {
        return draining;
    }

    /**
     * Alive by the last renewal, or, for a node it did not show (one that registered since, or
     * came back after a Redis restart), by asking Redis now: taking a live node for dead would
     * take its sessions from it.
     */
    @Override
    public boolean isAlive(String node) {
        if (alive.contains(node)) {
            return true;
        }
        boolean registeredNow = redis.sync().exists(keys.node(node)) == 1;
        if (registeredNow) {
            Set<String> more = new HashSet<>(alive);
            more.add(node);
            alive = Set.copyOf(more);
        }
        return registeredNow;
    }

    @Override
    public Set<String> alive() {
        return alive;
    }

    @Override
    public void onNodeLost(Consumer<String> listener) {
        lostListeners.add(listener);
    }

    /**
     * What a renewal found after trouble.
     *
     * @param gone this node's registration had run out: the others may have taken over its sessions
     * @param lost Redis had lost its memory (restarted empty): the node must write back what it knows
     */
    public record Renewal(boolean gone, boolean lost) {
    }

    /**
     * Runs on the registry's thread after a renewal that reached Redis after one that did not, or
     * that found this node's registration or its epoch mark gone (a Redis restart can be too
     * short for any renewal to fail).
     */
    public void onRegisteredAgain(Consumer<Renewal> listener) {
        renewedListeners.add(listener);
    }

    private void renewQuietly() {
        try {
            Renewal renewal = renew();
            if (!registered || renewal.gone() || renewal.lost()) {
                registered = true;
                log.info("node {} is registered with redis again{}{}", self.id(),
                        renewal.gone() ? " (its registration had run out)" : "",
                        renewal.lost() ? " (redis had lost its memory)" : "");
                renewedListeners.forEach(listener -> listener.accept(renewal));
            }
        } catch (RedisException e) {
            if (registered) {
                log.warn("node {} could not renew its registration: {}", self.id(), e.getMessage());
            }
            registered = false;
        } catch (RuntimeException e) {
            log.error("keep-alive of node {} failed", self.id(), e);
        }
    }

    private Renewal renew() {
        String card = json.write(new NodeCard(self.id(), startedAt, draining));
        List<Object> seen = KEEP_ALIVE.run(redis.sync(), ScriptOutputType.MULTI,
                new String[]{keys.nodes(), keys.node(self.id()), keys.epoch(self.id()), keys.draining()},
                self.id(), card, Long.toString(lifetime.toMillis()), keys.node(""), draining ? "1" : "0");
        Set<String> now = new HashSet<>(names(seen.get(0)));
        now.add(self.id());
        alive = Set.copyOf(now);
        for (String dead : names(seen.get(1))) {
            for (Consumer<String> listener : lostListeners) {
                try {
                    listener.accept(dead);
                } catch (RuntimeException e) {
                    log.error("dealing with the death of node {} failed", dead, e);
                }
            }
        }
        return new Renewal(Long.valueOf(1).equals(seen.get(2)), Long.valueOf(1).equals(seen.get(3)));
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(Object reply) {
        return (List<String>) reply;
    }

    @Override
    public void close() {
        stop(false);
    }
}
