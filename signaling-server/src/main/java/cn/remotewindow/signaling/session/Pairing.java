package cn.remotewindow.signaling.session;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.ExpertState;
import cn.remotewindow.protocol.message.Ring;
import cn.remotewindow.protocol.message.RingTimeout;
import cn.remotewindow.protocol.message.SessionPhase;
import cn.remotewindow.protocol.message.SessionStatus;
import cn.remotewindow.signaling.cluster.SessionLanes;
import cn.remotewindow.signaling.cluster.SessionTask;
import cn.remotewindow.signaling.delivery.Delivery;
import cn.remotewindow.signaling.party.PartyId;
import cn.remotewindow.signaling.presence.PresenceReporter;
import cn.remotewindow.signaling.record.SessionEvent;
import cn.remotewindow.signaling.routing.Dispatch;
import cn.remotewindow.signaling.routing.Placement;
import cn.remotewindow.signaling.routing.Release;
import cn.remotewindow.signaling.routing.WaitingRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Puts sessions in front of experts: offers a request to a free expert or queues it, rings, and
 * handles the ring running out. Methods named {@code on...} and {@link #place} run on the
 * session's owner thread.
 */
public final class Pairing {

    private final SessionStore store;
    private final Dispatch dispatch;
    private final Owners owners;
    private final SessionLanes lanes;
    private final Delivery delivery;
    private final Journal journal;
    private final QueueReporter queueReporter;
    private final PresenceReporter presenceReporter;
    private final Duration ringTimeout;
    private final Clock clock;

    public Pairing(SessionStore store, Dispatch dispatch, Owners owners, SessionLanes lanes, Delivery delivery,
                   Journal journal, QueueReporter queueReporter, PresenceReporter presenceReporter, Duration ringTimeout,
                   Clock clock) {
        this.store = store;
        this.dispatch = dispatch;
        this.owners = owners;
        this.lanes = lanes;
        this.delivery = delivery;
        this.journal = journal;
        this.queueReporter = queueReporter;
        this.presenceReporter = presenceReporter;
        this.ringTimeout = ringTimeout;
        this.clock = clock;
    }

    /** Offers the session to the longest-idle free expert with its skill, or queues it. Owner thread. */
    public void place(Session session) {
        Placement placement = dispatch.place(waiting(session));
        if (placement instanceof Placement.Offered offered) {
            ring(session, offered.expertId());
            return;
        }
        Session queued = session.queued();
        store.put(queued);
        if (session.phase() != SessionPhase.QUEUED) {
            tellKiosk(queued, new SessionStatus(SessionPhase.QUEUED));
            journal.record(queued, SessionEvent.Kind.QUEUED, null);
        }
        queueReporter.changed(session.request().skill());
    }

    /**
     * Rings this one expert for the session if they are free, else places it as usual (a transfer
     * to a named colleague who became busy meanwhile still reaches someone). Owner thread.
     */
    public void placeWith(Session session, String expertId) {
        if (dispatch.offerTo(expertId, waiting(session))) {
            ring(session, expertId);
        } else {
            place(session);
        }
    }

    private static WaitingRequest waiting(Session session) {
        return new WaitingRequest(session.id(), session.request().skill(), session.request().priority(),
                session.request().sequence(), session.passedBy());
    }

    /**
     * The dispatch handed a queued request to an expert who became free; the expert is already
     * marked ringing for it. Callable from any thread.
     */
    public void claimed(String expertId, WaitingRequest request) {
        lanes.run(new SessionTask.Claimed(request.sessionId(), expertId, request));
    }

    /** The claim reached the session's owner thread. */
    public void claimed(SessionTask.Claimed task) {
        String expertId = task.expertId();
        WaitingRequest request = task.request();
        Optional<Session> session = store.get(request.sessionId());
        if (session.isEmpty() || session.get().phase() != SessionPhase.QUEUED) {
            // Cancelled while the expert was claiming it: free the expert again.
            afterRelease(expertId, dispatch.release(expertId, request.sessionId(), null));
            return;
        }
        boolean stillHeld = dispatch.expert(expertId)
                .map(status -> request.sessionId().equals(status.sessionId())).orElse(false);
        if (stillHeld) {
            ring(session.get(), expertId);
        } else {
            // The expert left between claiming and ringing; the request was dequeued, so place it again.
            place(session.get());
        }
        queueReporter.changed(request.skill());
    }

    /** Follows up an expert's release: they may have claimed the next waiting request. */
    public void afterRelease(String expertId, Release release) {
        release.claimed().ifPresent(next -> claimed(expertId, next));
        presenceReporter.changed(expertId);
    }

    private void ring(Session session, String expertId) {
        int attempt = session.ringAttempts() + 1;
        Instant deadline = clock.instant().plus(ringTimeout);
        Session ringing = session.ringing(new Ringing(expertId, attempt, deadline));
        store.put(ringing);
        delivery.send(new PartyId(Role.EXPERT, expertId), Envelope.inSession(session.id(),
                new Ring(session.request().details(), deadline.toEpochMilli(), (int) ringTimeout.toSeconds())));
        if (session.phase() != SessionPhase.RINGING) {
            tellKiosk(ringing, new SessionStatus(SessionPhase.RINGING));
        }
        journal.record(ringing, SessionEvent.Kind.RUNG, expertId);
        presenceReporter.changed(expertId);
        owners.ofSession(session.id()).schedule(() -> onRingTimeout(session.id(), attempt),
                ringTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A session taken over from a dead node: a ring in progress runs out when it would have there. Owner thread. */
    void carryOn(Session session) {
        if (session.phase() == SessionPhase.RINGING && session.ringing() != null) {
            int attempt = session.ringAttempts();
            owners.ofSession(session.id()).schedule(() -> onRingTimeout(session.id(), attempt),
                    remaining(session.ringing().deadline()), TimeUnit.MILLISECONDS);
        }
    }

    private long remaining(Instant deadline) {
        return Math.max(0, deadline.toEpochMilli() - clock.millis());
    }

    /** The ring of this attempt ran out: the expert is set AWAY and the request moves on. */
    private void onRingTimeout(String sessionId, int attempt) {
        Session session = store.get(sessionId).orElse(null);
        if (session == null || session.phase() != SessionPhase.RINGING || session.ringAttempts() != attempt) {
            return;
        }
        String expertId = session.ringing().expertId();
        journal.record(session, SessionEvent.Kind.RING_TIMEOUT, expertId);
        delivery.send(new PartyId(Role.EXPERT, expertId), Envelope.inSession(sessionId, new RingTimeout()));
        // Away first, so that the expert who missed the ring is not offered the same request again.
        Release release = dispatch.release(expertId, sessionId, ExpertState.AWAY);
        place(session);
        afterRelease(expertId, release);
    }

    /** The rung expert passed: offer the request to someone else, then free the expert. Owner thread. */
    public void onDecline(Session session, String expertId, String reason) {
        journal.record(session, SessionEvent.Kind.DECLINED, expertId, reason);
        place(session.passedBy(expertId));
        afterRelease(expertId, dispatch.release(expertId, session.id(), null));
    }

    /** The ringing expert is gone (disconnected): offer the request to someone else. Owner thread. */
    public void onRingTargetLost(Session session) {
        place(session);
    }

    private void tellKiosk(Session session, SessionStatus status) {
        delivery.send(new PartyId(Role.KIOSK, session.request().kioskId()), Envelope.inSession(session.id(), status));
    }
}
