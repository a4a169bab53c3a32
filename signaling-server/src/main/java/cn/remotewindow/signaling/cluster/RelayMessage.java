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
        @JsonSubTypes.Type(value = RelayMessage.Adopt.class, name = "adopt"),
        @JsonSubTypes.Type(value = RelayMessage.PartyPlaced.class, name = "party-placed"),
        @JsonSubTypes.Type(value = RelayMessage.OwnerChanged.class, name = "owner-changed"),
        @JsonSubTypes.Type(value = RelayMessage.CatalogueChanged.class, name = "catalogue-changed")})
public sealed interface RelayMessage {

    /**
     * Deliver this envelope (wire text) to the party, connected on the receiving node.
     *
     * @param hops 0 from the sender; 1 once sent on by a node the party had left (never sent on again)
     */
    record ToParty(Role role, String id, String envelope, int hops) implements RelayMessage {
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

    /** To all: the party is connected to {@code node} now (null: to none), so that the others need not ask Redis. */
    record PartyPlaced(Role role, String id, String node) implements RelayMessage {
    }

    /** To all: the session is run by {@code node} now (null: it ended). */
    record OwnerChanged(String sessionId, String node) implements RelayMessage {
    }

    /** To all: an admin imported a new service-item catalogue; its text is in Redis. */
    record CatalogueChanged(String sha256) implements RelayMessage {
    }
}
