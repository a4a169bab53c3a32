package cn.remotewindow.signaling.session;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.ExpertState;
import cn.remotewindow.protocol.message.PeerStatus;
import cn.remotewindow.signaling.cluster.SessionLanes;
import cn.remotewindow.signaling.cluster.SessionTask;
import cn.remotewindow.signaling.delivery.Connections;
import cn.remotewindow.signaling.party.Expert;
import cn.remotewindow.signaling.party.Kiosk;
import cn.remotewindow.signaling.party.Party;
import cn.remotewindow.signaling.party.PartyId;
import cn.remotewindow.signaling.presence.PresenceReporter;
import cn.remotewindow.signaling.routing.Dispatch;
import cn.remotewindow.signaling.routing.ExpertStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * A party's connection is gone. Its open session is held for the resume grace period: the other
 * party is told the peer is away, relayed messages are kept for it, and only if it has not come
 * back by then does the session end (DISCONNECTED). A ringing expert is the exception: the ring
 * moves on at once, since the citizen should not wait for someone who may not come back; and a
 * guest expert leaves the call at once (no grace period for guests in this version).
 */
public final class Departures {

    private final SessionStore store;
    private final Dispatch dispatch;
    private final Owners owners;
    private final Connections connections;
    private final SessionLanes lanes;
    /** This node's name: a departure says where the connection was. */
    private final String node;
    private final Pairing pairing;
    private final SessionCloser closer;
    private final GuestDepartures guestDepartures;
    private final PresenceReporter presenceReporter;
    private final QueueReporter queueReporter;
    private final Duration grace;
    private final Clock clock;

    public Departures(SessionStore store, Dispatch dispatch, Owners owners, Connections connections, SessionLanes lanes,
                      String node, Pairing pairing, SessionCloser closer, GuestDepartures guestDepartures,
                      PresenceReporter presenceReporter, QueueReporter queueReporter, Duration grace, Clock clock) {
        this.store = store;
        this.dispatch = dispatch;
        this.owners = owners;
        this.connections = connections;
        this.lanes = lanes;
        this.node = node;
        this.pairing = pairing;
        this.closer = closer;
        this.guestDepartures = guestDepartures;
        this.presenceReporter = presenceReporter;
        this.queueReporter = queueReporter;
        this.grace = grace;
        this.clock = clock;
    }

    public void left(Party party) {
        if (party instanceof Kiosk kiosk) {
            store.openSessionOfKiosk(kiosk.id()).ifPresent(sessionId ->
                    lanes.run(new SessionTask.PartyAway(sessionId, Role.KIOSK, kiosk.id(), node)));
        } else if (party instanceof Expert expert) {
            expertLeft(expert);
        }
    }

    private void expertLeft(Expert expert) {
        ExpertStatus status = dispatch.expert(expert.id()).orElse(null);
        presenceReporter.forget(expert.id());
        if (status != null && status.sessionId() != null && !status.ringing() && !isGuest(expert, status)) {
            // In a call: keep the hold, but never ring an expert who is not there.
            dispatch.setWanted(expert.id(), ExpertState.AWAY);
            lanes.run(new SessionTask.PartyAway(status.sessionId(), Role.EXPERT, expert.id(), node));
            return;
        }
        dispatch.signOff(expert.id());
        expert.skills().forEach(queueReporter::changed);
        if (status != null && status.sessionId() != null) {
            lanes.run(new SessionTask.ExpertGone(status.sessionId(), expert.id()));
        }
    }

    /**
     * The party's connection on {@code task.node()} is gone. Owner thread. A party that has
     * connected again on another node since is not away: that close came late.
     */
    public void away(SessionTask.PartyAway task) {
        PartyId party = new PartyId(task.role(), task.partyId());
        if (connections.elsewhere(party).filter(node -> !node.equals(task.node())).isPresent()) {
            return;
        }
        store.get(task.sessionId()).ifPresent(session -> {
            if (task.role() == Role.KIOSK) {
                away(session, Role.KIOSK);
            } else if (session.inCall() && task.partyId().equals(session.expertId())) {
                away(session, Role.EXPERT);
            }
        });
    }

    /** An expert rung for the session or invited into it signed off. Owner thread. */
    public void gone(SessionTask.ExpertGone task) {
        store.get(task.sessionId()).ifPresent(session -> {
            if (session.isGuest(task.expertId())) {
                guestDepartures.lost(session);
            } else if (task.expertId().equals(session.expertId()) && !session.inCall()) {
                pairing.onRingTargetLost(session);
            }
        });
    }

    /**
     * A guest (rung or joined) has no grace period: it leaves at once. Read from a copy of the
     * session; the dispatch has marked the guest ringing before the session names it, so a guest
     * not yet named is still seen as ringing.
     */
    private boolean isGuest(Expert expert, ExpertStatus status) {
        return store.find(status.sessionId()).map(session -> session.isGuest(expert.id())).orElse(false);
    }

    /** Owner thread. */
    private void away(Session session, Role role) {
        Instant since = clock.instant();
        store.put(session.withAttendance(session.attendance().left(role, since)));
        tellOther(session, role, new PeerStatus(role, false));
        owners.ofSession(session.id()).schedule(() -> graceOver(session.id(), role, since),
                grace.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A session taken over from a dead node: a party away there is waited for until its grace ends. */
    void carryOn(Session session) {
        for (Role role : new Role[]{Role.KIOSK, Role.EXPERT}) {
            Instant since = session.attendance().awaySince(role);
            if (since != null) {
                long left = since.plus(grace).toEpochMilli() - clock.millis();
                owners.ofSession(session.id()).schedule(() -> graceOver(session.id(), role, since),
                        Math.max(0, left), TimeUnit.MILLISECONDS);
            }
        }
    }

    private void graceOver(String sessionId, Role role, Instant since) {
        store.get(sessionId)
                .filter(session -> since.equals(session.attendance().awaySince(role)))
                .ifPresent(session -> closer.end(session, role, EndReason.DISCONNECTED));
    }

    /** The other party, and a joined guest, who keeps its peer connection to the away party open too. */
    private void tellOther(Session session, Role role, PeerStatus status) {
        if (role == Role.EXPERT) {
            connections.send(new PartyId(Role.KIOSK, session.request().kioskId()), Envelope.inSession(session.id(), status));
        } else if (session.call() != null) {
            connections.send(new PartyId(Role.EXPERT, session.call().expertId()), Envelope.inSession(session.id(), status));
        }
        if (session.hasJoinedGuest()) {
            connections.send(session.partyAt(Seat.GUEST), Envelope.inSession(session.id(), status));
        }
    }
}
