package cn.remotewindow.signaling.cluster.redis;

import cn.remotewindow.signaling.cluster.AdoptedSessions;
import cn.remotewindow.signaling.cluster.ClusterNode;
import cn.remotewindow.signaling.cluster.NodeRegistry;
import cn.remotewindow.signaling.cluster.Ownership;
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
    private volatile AdoptedSessions adopted = (session, from) -> { };

    public RedisOwnership(RedisSessionStore store, NodeRegistry nodes, ClusterNode self) {
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
        return store.owner(sessionId).filter(owner -> !owner.equals(self.id()) && nodes.isAlive(owner));
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
        adopted.adopted(session.get(), from);
        return true;
    }
}
