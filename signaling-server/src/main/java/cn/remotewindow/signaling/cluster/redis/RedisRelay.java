package cn.remotewindow.signaling.cluster.redis;

import cn.remotewindow.signaling.cluster.ClusterJson;
import cn.remotewindow.signaling.cluster.ClusterNode;
import cn.remotewindow.signaling.cluster.Relay;
import cn.remotewindow.signaling.cluster.RelayMessage;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The relay between nodes over Redis pub/sub: one channel per node, one for all. Frames from this
 * node to one channel carry consecutive numbers and are published in that order on one
 * connection, so the receiver gets them in order and can count any it missed (LiveKit's relay
 * numbers its messages the same way). Delivery is at most once: a node cut off from Redis misses
 * what was sent meanwhile, and the parties' resume brings the sessions back in line.
 */
public final class RedisRelay implements Relay, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisRelay.class);

    /** One message on the wire: who sent it, its number on that channel. */
    public record RelayFrame(String from, long seq, RelayMessage message) {
    }

    private final RedisLink redis;
    private final ClusterKeys keys;
    private final ClusterNode self;
    private final ClusterJson json;
    private final Map<String, AtomicLong> sentOn = new ConcurrentHashMap<>();
    private final Map<String, Long> lastSeen = new ConcurrentHashMap<>();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong missed = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    public RedisRelay(RedisLink redis, ClusterKeys keys, ClusterNode self, ClusterJson json) {
        this.redis = redis;
        this.keys = keys;
        this.self = self;
        this.json = json;
    }

    /** Listens on this node's channel and the channel for all; {@code inbox} runs on Lettuce's thread and must not wait. */
    public void start(Consumer<RelayMessage> inbox) {
        redis.subscriptions().addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String text) {
                receive(channel, text, inbox);
            }
        });
        redis.subscriptions().sync().subscribe(keys.relay(self.id()), keys.relayAll());
    }

    @Override
    public void send(String node, RelayMessage message) {
        publish(keys.relay(node), message);
    }

    @Override
    public void broadcast(RelayMessage message) {
        publish(keys.relayAll(), message);
    }

    private void publish(String channel, RelayMessage message) {
        AtomicLong numbers = sentOn.computeIfAbsent(channel, c -> new AtomicLong());
        // Number and hand over under one lock, so that the numbers reach Redis in order.
        synchronized (numbers) {
            String frame = json.write(new RelayFrame(self.id(), numbers.incrementAndGet(), message));
            try {
                redis.async().publish(channel, frame).exceptionally(e -> {
                    failed.incrementAndGet();
                    return null;
                });
                sent.incrementAndGet();
            } catch (RuntimeException e) {
                failed.incrementAndGet();
                log.warn("relay to {} failed: {}", channel, e.getMessage());
            }
        }
    }

    private void receive(String channel, String text, Consumer<RelayMessage> inbox) {
        RelayFrame frame;
        try {
            frame = json.read(text, RelayFrame.class);
        } catch (RuntimeException e) {
            log.warn("an unreadable relay frame on {}: {}", channel, e.getMessage());
            return;
        }
        if (frame.from().equals(self.id())) {
            return; // our own broadcast
        }
        received.incrementAndGet();
        String key = frame.from() + '>' + channel;
        Long last = lastSeen.put(key, frame.seq());
        if (last != null && frame.seq() > last + 1) {
            missed.addAndGet(frame.seq() - last - 1);
            log.warn("{} relay frames from {} on {} never arrived", frame.seq() - last - 1, frame.from(), channel);
        }
        try {
            inbox.accept(frame.message());
        } catch (RuntimeException e) {
            log.error("a relay message from {} could not be handled", frame.from(), e);
        }
    }

    /** Frames handed to Redis, received, numbers never received, and publications that failed. */
    public RelayCounts counts() {
        return new RelayCounts(sent.get(), received.get(), missed.get(), failed.get());
    }

    public record RelayCounts(long sent, long received, long missed, long failed) {
    }

    @Override
    public void close() {
        // The subscription connection is closed with the RedisLink.
    }
}
