package cn.remotewindow.signaling.cluster.redis;

import cn.remotewindow.signaling.party.PartyId;

/**
 * The Redis keys of the cluster's own state (the dispatch keeps its own, under the same prefix).
 * One prefix ("window:" in production) keeps a deployment's keys together.
 */
public final class ClusterKeys {

    private final String prefix;

    public ClusterKeys(String prefix) {
        this.prefix = prefix;
    }

    /** String, JSON {@code NodeCard}, expiring after the node lifetime: node {id} is alive while it exists. */
    public String node(String nodeId) {
        return prefix + "node:" + nodeId;
    }

    /** Set of node ids registered and not yet cleared away after their death. */
    public String nodes() {
        return prefix + "nodes";
    }

    /** Set of the ids of nodes that drain: they take no new work and hand theirs over. */
    public String draining() {
        return prefix + "draining";
    }

    /**
     * String, expiring after the resume grace: the presence (AVAILABLE or AWAY) expert {id} had on
     * a node that drained, given back when the expert connects to another node.
     */
    public String presenceHint(String expertId) {
        return prefix + "presence-hint:" + expertId;
    }

    /** String, set with NX for a while: node {id}'s death is being dealt with by the node named in the value. */
    public String nodeReaper(String nodeId) {
        return prefix + "node-reaper:" + nodeId;
    }

    /** String, JSON {@code PartyPlace}: the node where party {role}:{id} is connected, and its card. */
    public String party(PartyId party) {
        return prefix + "party:" + party.role() + ":" + party.id();
    }

    /** Set of "ROLE:id" of the parties connected to node {id}. */
    public String nodeParties(String nodeId) {
        return prefix + "node-parties:" + nodeId;
    }

    /** String, JSON session snapshot, written by the owner on every change. */
    public String session(String sessionId) {
        return prefix + "session:" + sessionId;
    }

    /** String: the node that owns session {id}. */
    public String sessionOwner(String sessionId) {
        return prefix + "session-owner:" + sessionId;
    }

    /** String: the open session of kiosk {id} (one per kiosk across nodes). */
    public String kioskSession(String kioskId) {
        return prefix + "kiosk-session:" + kioskId;
    }

    /** Set of the session ids node {id} owns. */
    public String nodeSessions(String nodeId) {
        return prefix + "node-sessions:" + nodeId;
    }

    /** String: the service-item catalogue (YAML) an admin last imported on any node. */
    public String catalogue() {
        return prefix + "catalogue:source";
    }

    /** Pub/sub channel of node {id}. */
    public String relay(String nodeId) {
        return prefix + "relay:" + nodeId;
    }

    /** Pub/sub channel every node listens to. */
    public String relayAll() {
        return prefix + "relay:*all*";
    }

    /** String, set at node {id}'s first renewal and never expiring: gone = Redis lost its memory since. */
    public String epoch(String nodeId) {
        return prefix + "epoch:" + nodeId;
    }
}
