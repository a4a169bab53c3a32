package cn.remotewindow.signaling.cluster;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.signaling.routing.WaitingRequest;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Work for a session that must run on the session's owner thread, on whichever node owns it. Plain
 * data, so that it can travel to another node; {@link ClusterTasks} says who handles each kind.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "task")
@JsonSubTypes({
        @JsonSubTypes.Type(value = SessionTask.PartyMessage.class, name = "message"),
        @JsonSubTypes.Type(value = SessionTask.PartyAway.class, name = "away"),
        @JsonSubTypes.Type(value = SessionTask.PartyBack.class, name = "back"),
        @JsonSubTypes.Type(value = SessionTask.ExpertGone.class, name = "expert-gone"),
        @JsonSubTypes.Type(value = SessionTask.Claimed.class, name = "claimed")})
public sealed interface SessionTask {

    String sessionId();

    /**
     * A message a party sent for the session over its connection on another node.
     *
     * @param envelope the envelope as the party sent it, in its wire form
     * @param hops     how often it was forwarded already (an owner that moved meanwhile forwards once more)
     */
    record PartyMessage(String sessionId, PartyCard from, String envelope, int hops) implements SessionTask {
    }

    /**
     * The party's connection is gone (on {@code node}). Ignored if the party has connected again
     * elsewhere since: a late close must not undo a resume.
     */
    record PartyAway(String sessionId, Role role, String partyId, String node) implements SessionTask {
    }

    /** The party connected again (on {@code node}) and gets its session back. */
    record PartyBack(String sessionId, Role role, String partyId, String node) implements SessionTask {
    }

    /** An expert who was rung for the session or invited into it signed off: the ring moves on, the guest leaves. */
    record ExpertGone(String sessionId, String expertId) implements SessionTask {
    }

    /** The dispatch gave the session's queued request to an expert, who is now ringing for it. */
    record Claimed(String sessionId, String expertId, WaitingRequest request) implements SessionTask {
    }
}
