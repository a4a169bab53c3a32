package cn.remotewindow.signaling.cluster;

import java.util.Optional;

/** A node alone (window.cluster.mode=local): it owns every session, and there is nobody to relay to. */
public final class SingleNode implements Ownership, Relay {

    @Override
    public Optional<String> elsewhere(String sessionId) {
        return Optional.empty();
    }

    @Override
    public void adoptIfOrphaned(String sessionId) {
        // Nobody else could have owned it.
    }

    @Override
    public void send(String node, RelayMessage message) {
        throw new IllegalStateException("a single node has no node " + node + " to relay to");
    }

    @Override
    public void broadcast(RelayMessage message) {
        // No other nodes.
    }
}
