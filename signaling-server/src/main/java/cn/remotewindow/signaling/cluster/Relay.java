package cn.remotewindow.signaling.cluster;

/**
 * Messages between nodes. Messages from this node to one node arrive in the order they were sent
 * (per session that keeps a description before its candidates); delivery is at most once.
 */
public interface Relay {

    void send(String node, RelayMessage message);

    /** To every other node. */
    void broadcast(RelayMessage message);
}
