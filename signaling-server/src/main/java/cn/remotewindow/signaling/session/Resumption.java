package cn.remotewindow.signaling.session;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.Peer;
import cn.remotewindow.protocol.message.PeerStatus;
import cn.remotewindow.protocol.message.SdpRole;
import cn.remotewindow.protocol.message.SessionEnded;
import cn.remotewindow.protocol.message.SessionPhase;
import cn.remotewindow.protocol.message.SessionResumed;
import cn.remotewindow.signaling.cluster.PresenceHints;
import cn.remotewindow.signaling.cluster.SessionLanes;
import cn.remotewindow.signaling.cluster.SessionTask;
import cn.remotewindow.signaling.delivery.Delivery;
import cn.remotewindow.signaling.ice.IceServers;
import cn.remotewindow.signaling.party.Expert;
import cn.remotewindow.signaling.party.Kiosk;
import cn.remotewindow.signaling.party.Party;
import cn.remotewindow.signaling.party.PartyId;
import cn.remotewindow.signaling.presence.PresenceDesk;
import cn.remotewindow.signaling.presence.PresenceReporter;
import cn.remotewindow.signaling.routing.Dispatch;
import cn.remotewindow.signaling.routing.ExpertStatus;
import java.util.List;

/**
 * A party has (re)connected. If it has an open session it gets it back, as it stands now, with
 * whatever was relayed to it while it was away; the call goes on with no new queueing and no new
 * ring. If a session of its ended while it was away, it is told. An expert with no call signs on
 * afresh (AWAY).
 */
public final class Resumption {

    private final SessionStore store;
    private final Dispatch dispatch;
    private final SessionLanes lanes;
    /** This node's name: a return says where the party's connection now is. */
    private final String node;
    private final Delivery delivery;
    private final IceServers iceServers;
    private final QueueReporter queueReporter;
    private final EndedSessions ended;
    private final PresenceDesk presenceDesk;
    private final PresenceReporter presenceReporter;
    private final WaitingPicture waitingPicture;
    private final PresenceHints presenceHints;

    public Resumption(SessionStore store, Dispatch dispatch, SessionLanes lanes, String node, Delivery delivery,
                      IceServers iceServers, QueueReporter queueReporter, EndedSessions ended, PresenceDesk presenceDesk,
                      PresenceReporter presenceReporter, WaitingPicture waitingPicture, PresenceHints presenceHints) {
        this.presenceHints = presenceHints;
        this.store = store;
        this.dispatch = dispatch;
        this.lanes = lanes;
        this.node = node;
        this.delivery = delivery;
        this.iceServers = iceServers;
        this.queueReporter = queueReporter;
        this.ended = ended;
        this.presenceDesk = presenceDesk;
        this.presenceReporter = presenceReporter;
        this.waitingPicture = waitingPicture;
    }

    /**
     * @param asked the session the party asked to resume (auth.resume), or null
     */
    public void arrived(Party party, String asked) {
        String open = null;
        if (party instanceof Kiosk kiosk) {
            open = store.openSessionOfKiosk(kiosk.id()).orElse(null);
            if (open != null) {
                lanes.run(new SessionTask.PartyBack(open, Role.KIOSK, kiosk.id(), node));
            }
        } else if (party instanceof Expert expert) {
            ExpertStatus status = dispatch.expert(expert.id()).orElse(null);
            if (status != null && status.sessionId() != null && !status.ringing()) {
                open = status.sessionId();
                lanes.run(new SessionTask.PartyBack(open, Role.EXPERT, expert.id(), node));
                presenceReporter.changed(expert.id());
                waitingPicture.welcome(expert);
            } else {
                presenceDesk.signedOn(expert);
            }
            // Moved here from a node that drained: what the expert had chosen there applies here.
            presenceHints.take(expert.id()).ifPresent(wanted -> presenceDesk.restore(expert, wanted));
        }
        boolean askedAnswered = asked == null || asked.equals(open);
        for (EndedSession missed : ended.takeUntold(party.partyId())) {
            askedAnswered |= missed.sessionId().equals(asked);
            delivery.send(party.partyId(), Envelope.inSession(missed.sessionId(),
                    new SessionEnded(missed.endedBy(), missed.reason())));
        }
        if (!askedAnswered) {
            // Asked for a session that is not open: say how it ended, or that it is unknown here.
            SessionEnded answer = ended.find(asked)
                    .filter(e -> party.id().equals(party instanceof Kiosk ? e.kioskId() : e.expertId()))
                    .map(e -> new SessionEnded(e.endedBy(), e.reason()))
                    .orElse(new SessionEnded(Role.SERVER, EndReason.SESSION_LOST));
            delivery.send(party.partyId(), Envelope.inSession(asked, answer));
        }
    }

    /** The party is back and gets its session as it stands. Owner thread. */
    public void resume(SessionTask.PartyBack task) {
        String sessionId = task.sessionId();
        Role role = task.role();
        store.get(sessionId).ifPresent(session -> {
            List<Envelope> held = session.attendance().heldFor(role);
            Session back = session.withAttendance(session.attendance().returned(role));
            if (role == Role.KIOSK && back.phase() == SessionPhase.QUEUED) {
                back = back.reported(null);
            }
            store.put(back);
            PartyId self = partyOf(back, role);
            delivery.send(self, Envelope.inSession(sessionId, snapshot(back, role)));
            for (Envelope envelope : held) {
                delivery.send(self, envelope);
            }
            PartyId other = partyOf(back, role == Role.KIOSK ? Role.EXPERT : Role.KIOSK);
            if (other != null && (role == Role.EXPERT || back.call() != null)) {
                delivery.send(other, Envelope.inSession(sessionId, new PeerStatus(role, true)));
            }
            if (back.hasJoinedGuest()) {
                delivery.send(back.partyAt(Seat.GUEST), Envelope.inSession(sessionId, new PeerStatus(role, true)));
            }
            if (back.phase() == SessionPhase.QUEUED) {
                queueReporter.changed(back.request().skill());
            }
        });
    }

    private SessionResumed snapshot(Session session, Role role) {
        Role otherRole = role == Role.KIOSK ? Role.EXPERT : Role.KIOSK;
        boolean otherHere = !session.attendance().away(otherRole);
        if (!session.inCall()) {
            return new SessionResumed(session.phase(), null, null, List.of(), otherHere);
        }
        SessionRequest request = session.request();
        // The guest, so that a party back in the call knows the whole mesh; left out without one.
        List<Peer> others = session.hasJoinedGuest() ? List.of(session.guest().peer()) : null;
        if (role == Role.KIOSK) {
            return new SessionResumed(session.phase(), SdpRole.OFFERER,
                    new Peer(Role.EXPERT, session.call().expertId(), session.call().expertName(), null),
                    iceServers.forUser(request.kioskId()), otherHere, null, others);
        }
        return new SessionResumed(session.phase(), SdpRole.ANSWERER,
                new Peer(Role.KIOSK, request.kioskId(), request.kioskName(), request.district()),
                iceServers.forUser(session.call().expertId()), otherHere, request.details(), others);
    }

    private static PartyId partyOf(Session session, Role role) {
        if (role == Role.KIOSK) {
            return new PartyId(Role.KIOSK, session.request().kioskId());
        }
        String expertId = session.expertId();
        return expertId == null ? null : new PartyId(Role.EXPERT, expertId);
    }
}
