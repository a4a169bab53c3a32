package cn.remotewindow.signaling.cluster.redis;

import cn.remotewindow.signaling.cluster.ClusterNode;
import cn.remotewindow.signaling.verification.InMemoryVerificationPlaces;
import cn.remotewindow.signaling.verification.VerificationPlaces;
import io.lettuce.core.RedisException;
import io.lettuce.core.SetArgs;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which node holds each live verification, for every node to read: this node's own holds in
 * memory ({@link InMemoryVerificationPlaces}, wrapped), and in Redis one key per verification
 * naming its node, expiring when the hold ends.
 *
 * <p>The key lives for the rest of the hold by this node's clock (PX), so nodes' clocks need not
 * agree. Holding is best effort: if Redis cannot be reached the challenge still goes out, and only
 * uploads that reach another node fail. A Redis that restarted empty gets the holds back
 * ({@link #writeBack}).
 */
public final class RedisVerificationPlaces implements VerificationPlaces {

    /** STRING per verification, {@code <prefix>verification:node:<verificationId>}: the id of the node holding it; expires when the hold ends. */
    public static final String HOLDER = "verification:node:";

    private static final Logger log = LoggerFactory.getLogger(RedisVerificationPlaces.class);

    private final InMemoryVerificationPlaces local;
    private final RedisLink redis;
    private final String prefix;
    private final ClusterNode self;
    private final Clock clock;

    public RedisVerificationPlaces(InMemoryVerificationPlaces local, RedisLink redis, String prefix, ClusterNode self,
                                   Clock clock) {
        this.local = local;
        this.redis = redis;
        this.prefix = prefix;
        this.self = self;
        this.clock = clock;
    }

    @Override
    public void heldHere(String verificationId, Instant until) {
        local.heldHere(verificationId, until);
        try {
            write(verificationId, until);
        } catch (RedisException e) {
            log.warn("could not record in redis that node {} holds verification {}: its evidence is taken in only"
                    + " when it reaches this node ({})", self.id(), verificationId, e.getMessage());
        }
    }

    /** Its own holds without asking Redis; another node's as Redis has them (a RedisException when it cannot be read). */
    @Override
    public Optional<String> holder(String verificationId) {
        Optional<String> here = local.holder(verificationId);
        if (here.isPresent()) {
            return here;
        }
        return Optional.ofNullable(redis.sync().get(prefix + HOLDER + verificationId));
    }

    /** Writes this node's current holds again, after Redis lost its memory. */
    public void writeBack() {
        Map<String, Instant> current = local.current();
        try {
            current.forEach(this::write);
            if (!current.isEmpty()) {
                log.info("node {} wrote back the places of {} verifications", self.id(), current.size());
            }
        } catch (RedisException e) {
            log.warn("node {} could not write back the places of its verifications: {}", self.id(), e.getMessage());
        }
    }

    private void write(String verificationId, Instant until) {
        long remaining = until.toEpochMilli() - clock.millis();
        if (remaining > 0) {
            redis.sync().set(prefix + HOLDER + verificationId, self.id(), SetArgs.Builder.px(remaining));
        }
    }
}
