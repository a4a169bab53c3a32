package cn.remotewindow.signaling.cluster.redis;

import cn.remotewindow.signaling.cluster.AdoptedSessions;
import cn.remotewindow.signaling.cluster.ClusterNode;
import cn.remotewindow.signaling.cluster.NodeRegistry;
import cn.remotewindow.signaling.cluster.Ownership;
import cn.remotewindow.signaling.cluster.Relay;
import cn.remotewindow.signaling.cluster.RelayMessage;
import cn.remotewindow.signaling.session.Session;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A session is owned by the node that created it, as Redis records; when that node is dead the
 * first node with work for the session takes it over (one script decides), so a session is never
 * run by two nodes and never left without one while anyone needs it.
 */
public final class RedisOwnership implements Ownership {

    private static final Logger log = LoggerFactory.getLogger(RedisOwnership.class);

    private final RedisSessionStore store;
    private final NodeRegistry nodes;
    private final ClusterNode self;
    private final Relay relay;
    private volatile AdoptedSessions adopted = (session, from) -> { };
    /**
     * Who runs sessions run elsewhere, as this node last heard, so that a message for one costs
     * no Redis round trip: a node that takes a session over or is handed one tells all the others
     * (OwnerChanged), and so does the owner when a session ends. A stale entry costs a hop: the
     * node asked sends the work on (SessionLanes.relayed).
     */
    private final java.util.Map<String, String> known = new java.util.concurrent.ConcurrentHashMap<>();


    public RedisOwnership(RedisSessionStore store, NodeRegistry nodes, ClusterNode self, Relay relay) {
        this.relay = relay;
        this.store = store;
        this.nodes = nodes;
        this.self = self;
    }

    /** Set once at wiring: the session side depends on the ownership too. */
    public void onAdopted(AdoptedSessions listener) {
        this.adopted = listener;
    }


    @Override
    public Optional<String> elsewhere(String sessionId) {
        if (store.get(sessionId).isPresent()) {
            return Optional.empty();
        }
        String owner = known.get(sessionId);
        if (owner != null && nodes.isAlive(owner)) {
            return Optional.of(owner);
        }
        Optional<String> now = store.owner(sessionId).filter(o -> !o.equals(self.id()) && nodes.isAlive(o));
        now.ifPresentOrElse(o -> known.put(sessionId, o), () -> known.remove(sessionId));
        return now;
    }

    @Override
    public Optional<String> elsewhereNow(String sessionId) {
        known.remove(sessionId);
        return elsewhere(sessionId);
    }

    /** Another node told who runs the session now (null: it ended). */
    public void ownerChanged(String sessionId, String owner) {
        if (owner == null || owner.equals(self.id())) {
            known.remove(sessionId);
        } else {
            known.put(sessionId, owner);
        }
    }

    /** After Redis was out of reach: what was heard meanwhile may be missing; ask Redis again. */
    public void forgetWhatWasHeard() {
        known.clear();
    }

    /** A node died: what was heard of sessions it ran no longer holds. */
    public void nodeLost(String node) {
        known.values().removeIf(node::equals);
    }

    @Override
    public void adoptIfOrphaned(String sessionId) {
        if (store.get(sessionId).isPresent()) {
            return;
        }
        Optional<String> owner = store.owner(sessionId);
        if (owner.isEmpty() || (!owner.get().equals(self.id()) && nodes.isAlive(owner.get()))) {
            return;
        }
        // Its owner is dead, or it is this node already: handed over by a draining node, not loaded yet.
        adopt(sessionId, owner.get());
    }

    @Override
    public boolean runsSomewhere(String sessionId) {
        return store.owner(sessionId).isPresent();
    }

    /** Takes the session over from {@code from}, dead or handing it over. Session thread. */
    public boolean adopt(String sessionId, String from) {
        Optional<Session> session = store.claim(sessionId, from);
        if (session.isEmpty()) {
            return false;
        }
        log.info("session {} taken over from node {}", sessionId, from);
        known.remove(sessionId);
        relay.broadcast(new RelayMessage.OwnerChanged(sessionId, self.id()));
        adopted.adopted(session.get(), from);
        return true;
    }
}
