package cn.remotewindow.signaling.cluster;

import cn.remotewindow.protocol.message.ExpertState;
import cn.remotewindow.signaling.session.SessionStore;
import cn.remotewindow.signaling.delivery.LocalConnections;
import java.util.List;
import java.util.Optional;

/**
 * A node alone (window.cluster.mode=local): it owns every session, there is nobody to relay to,
 * to hand sessions to, or to leave presence hints for.
 */
public final class SingleNode implements Ownership, Relay, SessionHandover, PresenceHints, ClusterAdmin {

    private final ClusterNode self;
    private final SessionStore store;
    private final LocalConnections connections;

    public SingleNode(ClusterNode self, SessionStore store, LocalConnections connections) {
        this.self = self;
        this.store = store;
        this.connections = connections;
    }

    @Override
    public Optional<String> elsewhere(String sessionId) {
        return Optional.empty();
    }

    @Override
    public void adoptIfOrphaned(String sessionId) {
        // Nobody else could have owned it.
    }

    @Override
    public boolean runsSomewhere(String sessionId) {
        return false; // at start-up nothing runs yet, and there is nobody else
    }

    @Override
    public void send(String node, RelayMessage message) {
        throw new IllegalStateException("a single node has no node " + node + " to relay to");
    }

    @Override
    public void broadcast(RelayMessage message) {
        // No other nodes.
    }

    @Override
    public boolean handOverAll() {
        return false;
    }

    @Override
    public void leave(String expertId, ExpertState wanted) {
        // Nobody to reconnect to.
    }

    @Override
    public Optional<ExpertState> take(String expertId) {
        return Optional.empty();
    }

    @Override
    public ClusterStatus status() {
        return new ClusterStatus("LOCAL", self.id(), List.of(new ClusterStatus.NodeView(self.id(), false)),
                store.all().size(), connections.size());
    }

    @Override
    public DrainReport drain() {
        throw new NothingToDrainTo("This server runs alone (window.cluster.mode=local): there is no other"
                + " server to hand its sessions to.");
    }
}
