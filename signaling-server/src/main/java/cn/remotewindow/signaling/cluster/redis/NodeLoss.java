package cn.remotewindow.signaling.cluster.redis;

import cn.remotewindow.signaling.cluster.ClusterNode;
import cn.remotewindow.signaling.party.PartyId;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.signaling.session.Departures;
import cn.remotewindow.signaling.session.Owners;
import io.lettuce.core.SetArgs;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A node died (its registration ran out). One live node, the first to claim the reaping, takes
 * over the dead node's sessions and treats every party that was connected there as if its
 * connection had dropped: the usual resume grace follows, and a party that reconnects elsewhere
 * within it carries on. Experts who were connected there leave the dispatch, so that nobody is
 * rung who is not there. Runs on the registry's thread.
 */
public final class NodeLoss {

    private static final Logger log = LoggerFactory.getLogger(NodeLoss.class);
    /** Long enough for one node to deal with a dead node; should it die itself meanwhile, another retries. */
    private static final Duration REAPING = Duration.ofSeconds(30);

    private final RedisLink redis;
    private final ClusterKeys keys;
    private final ClusterNode self;
    private final RedisOwnership ownership;
    private final RedisConnections connections;
    private final Departures departures;
    private final Owners owners;

    public NodeLoss(RedisLink redis, ClusterKeys keys, ClusterNode self, RedisOwnership ownership,
                    RedisConnections connections, Departures departures, Owners owners) {
        this.redis = redis;
        this.keys = keys;
        this.self = self;
        this.ownership = ownership;
        this.connections = connections;
        this.departures = departures;
        this.owners = owners;
    }

    public void lost(String dead) {
        if (dead.equals(self.id())) {
            return; // this node was cut off long enough to be given up; see ClusterRecovery
        }
        String claimed = redis.sync().set(keys.nodeReaper(dead), self.id(),
                SetArgs.Builder.nx().px(REAPING.toMillis()));
        if (!"OK".equals(claimed)) {
            return;
        }
        Set<String> sessions = redis.sync().smembers(keys.nodeSessions(dead));
        Set<String> parties = redis.sync().smembers(keys.nodeParties(dead));
        log.warn("node {} is dead: taking over its {} sessions; its {} parties resume elsewhere", dead,
                sessions.size(), parties.size());
        for (String sessionId : sessions) {
            owners.ofSession(sessionId).execute(() -> {
                try {
                    ownership.adopt(sessionId, dead);
                } catch (RuntimeException e) {
                    log.error("taking over session {} from {} failed", sessionId, dead, e);
                }
            });
        }
        for (String member : parties) {
            partyOf(member).flatMap(connections::place)
                    .filter(place -> place.node().equals(dead))
                    .ifPresent(place -> {
                        redis.sync().del(keys.party(new PartyId(place.card().role(), place.card().id())));
                        departures.left(place.card().party());
                    });
        }
        redis.sync().del(keys.nodeParties(dead), keys.nodeSessions(dead), keys.epoch(dead));
        redis.sync().srem(keys.nodes(), dead);
        redis.sync().del(keys.nodeReaper(dead));
    }

    private static Optional<PartyId> partyOf(String member) {
        int colon = member.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PartyId(Role.valueOf(member.substring(0, colon)), member.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

}
