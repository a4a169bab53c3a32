package cn.remotewindow.signaling.cluster.redis;

import cn.remotewindow.signaling.catalogue.CatalogueOffer;
import cn.remotewindow.signaling.catalogue.CatalogueSharing;
import cn.remotewindow.signaling.catalogue.RunningCatalogue;
import cn.remotewindow.signaling.cluster.ClusterNode;
import cn.remotewindow.signaling.cluster.RelayMessage;
import io.lettuce.core.RedisException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A catalogue an admin imported on one node goes to all: its text is kept in Redis and the others
 * are told (CatalogueChanged); each reads it and runs it, as its own import would have. The import
 * was recorded in the audit log by the node that took it; the others only log that they followed.
 * A node that starts, or finds Redis again, runs the kept text if it differs from its own.
 */
public final class RedisCatalogueSharing implements CatalogueSharing {

    private static final Logger log = LoggerFactory.getLogger(RedisCatalogueSharing.class);

    private final RedisLink redis;
    private final ClusterKeys keys;
    private final RedisRelay relay;
    private final RunningCatalogue running;
    private final ClusterNode self;
    private final Clock clock;
    private final java.util.concurrent.ExecutorService follower = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "catalogue-follower");
        t.setDaemon(true);
        return t;
    });

    public RedisCatalogueSharing(RedisLink redis, ClusterKeys keys, RedisRelay relay, RunningCatalogue running,
                                 ClusterNode self, Clock clock) {
        this.redis = redis;
        this.keys = keys;
        this.relay = relay;
        this.running = running;
        this.self = self;
        this.clock = clock;
    }

    @Override
    public void share(byte[] file, String sha256) {
        try {
            redis.sync().set(keys.catalogue(), new String(file, StandardCharsets.UTF_8));
            relay.broadcast(new RelayMessage.CatalogueChanged(sha256));
        } catch (RedisException e) {
            log.warn("the imported catalogue could not be handed to the other nodes: {}", e.getMessage());
        }
    }

    /** Another node imported a catalogue: {@link #follow} on a thread of its own, in order. */
    public void followLater() {
        follower.execute(this::follow);
    }

    /** Another node imported a catalogue, or this node (re)joined: run the kept one if it is new here. Blocking. */
    public void follow() {
        String text;
        try {
            text = redis.sync().get(keys.catalogue());
        } catch (RedisException e) {
            log.warn("the shared catalogue could not be read: {}", e.getMessage());
            return;
        }
        if (text == null) {
            return;
        }
        CatalogueOffer offer = running.offer(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                "shared through redis (node " + self.id() + " followed)", clock.instant(), decided -> { });
        if (offer instanceof CatalogueOffer.Accepted accepted && accepted.changed()) {
            log.info("catalogue version {} taken from the other nodes (was {})", accepted.current().version(),
                    accepted.previous().version());
        } else if (offer instanceof CatalogueOffer.Refused refused) {
            log.error("the catalogue shared by another node is refused here: {} problems, the first: {}",
                    refused.problems().size(), refused.problems().get(0));
        }
    }
}
