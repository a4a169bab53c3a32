package cn.remotewindow.signaling.cluster;

import cn.remotewindow.protocol.Role;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** What one node tells another over the relay (docs/cluster.md). Plain data. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = RelayMessage.ToParty.class, name = "to-party"),
        @JsonSubTypes.Type(value = RelayMessage.ForSession.class, name = "session"),
        @JsonSubTypes.Type(value = RelayMessage.PresenceChanged.class, name = "presence"),
        @JsonSubTypes.Type(value = RelayMessage.QueueChanged.class, name = "queue"),
        @JsonSubTypes.Type(value = RelayMessage.Supersede.class, name = "supersede"),
        @JsonSubTypes.Type(value = RelayMessage.Adopt.class, name = "adopt")})
public sealed interface RelayMessage {

    /** Deliver this envelope (wire text) to the party, connected on the receiving node. */
    record ToParty(Role role, String id, String envelope) implements RelayMessage {
    }

    /** Run this on the session's owner thread: the receiving node owns the session. */
    record ForSession(SessionTask task) implements RelayMessage {
    }

    /** The expert's presence may have changed: their node reports it to them. */
    record PresenceChanged(String expertId) implements RelayMessage {
    }

    /** The skill's queue or its experts changed (to every node: each reports to its own kiosks and experts). */
    record QueueChanged(String skill) implements RelayMessage {
    }

    /** The party connected on another node: close its connection here without treating it as a departure. */
    record Supersede(Role role, String id) implements RelayMessage {
    }

    /** A draining node handed this session to the receiving node, which runs it from now on. */
    record Adopt(String sessionId) implements RelayMessage {
    }
}
