package cn.remotewindow.signaling.session;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.ExpertState;
import cn.remotewindow.protocol.message.HandoverNote;
import cn.remotewindow.protocol.message.InvitePhase;
import cn.remotewindow.protocol.message.InviteStatus;
import cn.remotewindow.protocol.message.PartyJoined;
import cn.remotewindow.protocol.message.Peer;
import cn.remotewindow.protocol.message.PeerStatus;
import cn.remotewindow.protocol.message.Ring;
import cn.remotewindow.protocol.message.RingAccept;
import cn.remotewindow.protocol.message.RingDecline;
import cn.remotewindow.protocol.message.RingTimeout;
import cn.remotewindow.protocol.message.SdpRole;
import cn.remotewindow.protocol.message.SessionEstablished;
import cn.remotewindow.protocol.message.SessionInvite;
import cn.remotewindow.protocol.message.SessionPhase;
import cn.remotewindow.signaling.delivery.Connections;
import cn.remotewindow.signaling.party.Party;
import cn.remotewindow.signaling.ice.IceServers;
import cn.remotewindow.signaling.inbound.Inbound;
import cn.remotewindow.signaling.party.PartyId;
import cn.remotewindow.signaling.presence.PresenceReporter;
import cn.remotewindow.signaling.record.SessionEvent;
import cn.remotewindow.signaling.routing.Dispatch;
import cn.remotewindow.signaling.routing.Release;
import cn.remotewindow.signaling.routing.WaitingRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The lead expert invites a second expert into the call (一件事 across departments): a named
 * colleague or whoever of a skill has been free longest, now or not at all (never queued). The
 * guest is rung as for a request; on accept the call becomes a mesh of three pairs, in which the
 * kiosk and the lead each make the first offer toward the guest. A declined or missed invitation
 * is not passed on: the lead decides again. Runs on the session's owner thread.
 */
public final class Invitations {

    private final SessionStore store;
    private final Dispatch dispatch;
    private final Owners owners;
    private final Connections connections;
    private final CallNews news;
    private final Journal journal;
    private final Pairing pairing;
    private final PresenceReporter presenceReporter;
    private final IceServers iceServers;
    private final Duration ringTimeout;
    private final Clock clock;

    public Invitations(SessionStore store, Dispatch dispatch, Owners owners, Connections connections,
                       Journal journal, Pairing pairing, PresenceReporter presenceReporter, IceServers iceServers,
                       Duration ringTimeout, Clock clock) {
        this.store = store;
        this.dispatch = dispatch;
        this.owners = owners;
        this.connections = connections;
        this.news = new CallNews(connections);
        this.journal = journal;
        this.pairing = pairing;
        this.presenceReporter = presenceReporter;
        this.iceServers = iceServers;
        this.ringTimeout = ringTimeout;
        this.clock = clock;
    }

    public void invite(Inbound<SessionInvite> in, Session session) {
        SessionInvite asked = in.message();
        String leadId = in.from().id();
        if (session.phase() != SessionPhase.ACTIVE || !leadId.equals(session.call().expertId())) {
            in.fail(ErrorCode.INVALID_STATE, "only the lead expert of a connected call can invite");
            return;
        }
        if (session.guest() != null) {
            in.fail(ErrorCode.INVALID_STATE, "a guest is already in the call or being rung; three parties at most");
            return;
        }
        SessionRequest request = session.request();
        WaitingRequest invitation = new WaitingRequest(session.id(),
                asked.toSkill() != null ? asked.toSkill() : request.skill(), request.priority(), request.sequence(),
                Set.of(leadId));
        String guestId;
        if (asked.toExpert() != null) {
            guestId = !asked.toExpert().equals(leadId) && dispatch.offerTo(asked.toExpert(), invitation)
                    ? asked.toExpert() : null;
        } else {
            guestId = dispatch.offerIdle(invitation).orElse(null);
        }
        if (guestId == null) {
            in.fail(ErrorCode.TARGET_UNAVAILABLE, asked.toExpert() != null
                    ? "expert '" + asked.toExpert() + "' is not available now"
                    : "no expert with skill '" + asked.toSkill() + "' is available now");
            return;
        }
        Instant deadline = clock.instant().plus(ringTimeout);
        HandoverNote note = new HandoverNote(leadId, session.call().expertName(), asked.note());
        Guest guest = Guest.rung(guestId, nameOf(guestId), note, deadline);
        Session inviting = session.withGuest(guest);
        store.put(inviting);
        journal.record(inviting, SessionEvent.Kind.INVITED, leadId, describe(asked, guestId));
        connections.send(new PartyId(Role.EXPERT, guestId), Envelope.inSession(session.id(),
                new Ring(request.details().invitedBy(note), deadline.toEpochMilli(), (int) ringTimeout.toSeconds())));
        in.reply(new InviteStatus(InvitePhase.RINGING, guest.peer()));
        presenceReporter.changed(guestId);
        owners.ofSession(session.id()).schedule(() -> onRingTimeout(session.id(), guestId, deadline),
                ringTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The rung guest accepts: established toward the kiosk, and the kiosk and the lead offer to it. */
    public void accept(Inbound<RingAccept> in, Session session) {
        Guest guest = session.guest();
        if (guest.joined() || !dispatch.confirm(guest.expertId(), session.id())) {
            in.fail(ErrorCode.INVALID_STATE, "the ring is over (timed out, cancelled or already answered)");
            return;
        }
        Guest joined = guest.joinedAs(in.from().displayName());
        Session withGuest = session.withGuest(joined);
        store.put(withGuest);
        journal.record(withGuest, SessionEvent.Kind.JOINED, guest.expertId());
        SessionRequest request = session.request();
        Call call = session.call();
        in.reply(new SessionEstablished(SdpRole.ANSWERER,
                new Peer(Role.KIOSK, request.kioskId(), request.kioskName(), request.district()),
                iceServers.forUser(guest.expertId()), request.details().invitedBy(guest.invitedBy()),
                List.of(new Peer(Role.EXPERT, call.expertId(), call.expertName(), null))));
        for (Role role : List.of(Role.KIOSK, Role.EXPERT)) {
            if (session.attendance().away(role)) {
                // Its offer will come only once it is back (from its session.resumed).
                in.reply(new PeerStatus(role, false));
            }
        }
        news.tellKioskAndLead(withGuest, new PartyJoined(joined.peer(), SdpRole.OFFERER));
        news.tell(withGuest, Seat.LEAD, new InviteStatus(InvitePhase.JOINED, joined.peer()));
        presenceReporter.changed(guest.expertId());
    }

    /** The rung guest passes: the lead hears it, nobody else is rung, the guest keeps their presence. */
    public void decline(Inbound<RingDecline> in, Session session) {
        Guest guest = session.guest();
        if (guest.joined()) {
            in.fail(ErrorCode.INVALID_STATE, "the ring is over (timed out, cancelled or already answered)");
            return;
        }
        journal.record(session, SessionEvent.Kind.DECLINED, guest.expertId(), in.message().reason());
        Session without = session.withGuest(null);
        store.put(without);
        news.tell(without, Seat.LEAD, new InviteStatus(InvitePhase.DECLINED, guest.peer()));
        pairing.afterRelease(guest.expertId(), dispatch.release(guest.expertId(), session.id(), null));
    }

    /** A session taken over from a dead node: a guest still rung is rung until the same deadline. */
    void carryOn(Session session) {
        Guest guest = session.guest();
        if (guest != null && !guest.joined()) {
            Instant deadline = guest.ringDeadline();
            owners.ofSession(session.id()).schedule(() -> onRingTimeout(session.id(), guest.expertId(), deadline),
                    Math.max(0, deadline.toEpochMilli() - clock.millis()), TimeUnit.MILLISECONDS);
        }
    }

    /** The guest's ring ran out: set AWAY as after any missed ring; the lead decides again. */
    private void onRingTimeout(String sessionId, String guestId, Instant deadline) {
        Session session = store.get(sessionId).orElse(null);
        if (session == null || !session.isGuest(guestId) || session.guest().joined()
                || !deadline.equals(session.guest().ringDeadline())) {
            return;
        }
        journal.record(session, SessionEvent.Kind.RING_TIMEOUT, guestId);
        connections.send(new PartyId(Role.EXPERT, guestId), Envelope.inSession(sessionId, new RingTimeout()));
        Session without = session.withGuest(null);
        store.put(without);
        Release release = dispatch.release(guestId, sessionId, ExpertState.AWAY);
        news.tell(without, Seat.LEAD, new InviteStatus(InvitePhase.TIMEOUT, session.guest().peer()));
        pairing.afterRelease(guestId, release);
    }

    /** The name the rung expert signed in with; they are connected, having just been found free. */
    private String nameOf(String expertId) {
        return connections.find(new PartyId(Role.EXPERT, expertId))
                .map(Party::displayName)
                .orElse(expertId);
    }

    private static String describe(SessionInvite asked, String guestId) {
        String to = asked.toExpert() != null ? "expert " + guestId : "skill " + asked.toSkill() + ": expert " + guestId;
        return asked.note() == null || asked.note().isBlank() ? to : to + ": " + asked.note();
    }
}
