package cn.remotewindow.signaling.session;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.HandoverNote;
import cn.remotewindow.protocol.message.Peer;
import java.time.Instant;

/**
 * The second expert the lead invited into the call (一件事 across departments): rung first, then
 * joined, with a negotiation of its own toward the kiosk and toward the lead. Plain data.
 *
 * @param name         the guest's display name
 * @param invitedBy    the lead's invitation, as the guest's request shows it
 * @param ringDeadline when the ring runs out; also tells a stale ring timer from the current one
 * @param joined       false while rung, true once accepted
 */
public record Guest(String expertId, String name, HandoverNote invitedBy, Instant ringDeadline, boolean joined,
                    Negotiation withKiosk, Negotiation withLead) {

    public static Guest rung(String expertId, String name, HandoverNote invitedBy, Instant ringDeadline) {
        return new Guest(expertId, name, invitedBy, ringDeadline, false, Negotiation.NONE, Negotiation.NONE);
    }

    /** Accepted, under the name the guest's own sign-in gives. */
    public Guest joinedAs(String displayName) {
        return new Guest(expertId, displayName, invitedBy, ringDeadline, true, Negotiation.NONE, Negotiation.NONE);
    }

    public Negotiation negotiation(Pair pair) {
        return pair == Pair.KIOSK_GUEST ? withKiosk : withLead;
    }

    public Guest withNegotiation(Pair pair, Negotiation next) {
        return pair == Pair.KIOSK_GUEST
                ? new Guest(expertId, name, invitedBy, ringDeadline, joined, next, withLead)
                : new Guest(expertId, name, invitedBy, ringDeadline, joined, withKiosk, next);
    }

    public Peer peer() {
        return new Peer(Role.EXPERT, expertId, name, null);
    }
}
