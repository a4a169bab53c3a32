package cn.remotewindow.signaling.session;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.InvitePhase;
import cn.remotewindow.protocol.message.InviteStatus;
import cn.remotewindow.protocol.message.SessionPhase;
import cn.remotewindow.protocol.message.RingCancelled;
import cn.remotewindow.protocol.message.SessionEnded;
import cn.remotewindow.signaling.delivery.Delivery;
import cn.remotewindow.signaling.party.PartyId;
import cn.remotewindow.signaling.routing.Dispatch;
import cn.remotewindow.signaling.routing.WaitEstimator;
import java.time.Clock;
import java.time.Duration;

/** Ends sessions, whatever their phase, for every party, and frees what they held. Runs on the session's owner thread. */
public final class SessionCloser {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SessionCloser.class);

    private final SessionStore store;
    private final Dispatch dispatch;
    private final Delivery delivery;
    private final Journal journal;
    private final Pairing pairing;
    private final QueueReporter queueReporter;
    private final WaitEstimator estimator;
    private final EndedSessions ended;
    private final Clock clock;
    private final SessionEndListener endListener;

    public SessionCloser(SessionStore store, Dispatch dispatch, Delivery delivery, Journal journal, Pairing pairing,
                         QueueReporter queueReporter, WaitEstimator estimator, EndedSessions ended, Clock clock,
                         SessionEndListener endListener) {
        this.endListener = endListener;
        this.store = store;
        this.dispatch = dispatch;
        this.delivery = delivery;
        this.journal = journal;
        this.pairing = pairing;
        this.queueReporter = queueReporter;
        this.estimator = estimator;
        this.ended = ended;
        this.clock = clock;
    }

    public void end(Session session, Role by, EndReason reason) {
        store.remove(session.id());
        if (session.phase() != SessionPhase.ENDED) {
            try {
                endListener.sessionEnded(session.id());
            } catch (RuntimeException e) {
                // What belonged to the session must not keep the session itself from ending.
                log.error("ending what belonged to session {} failed", session.id(), e);
            }
        }
        if (session.guest() != null && session.phase() != SessionPhase.ENDED) {
            dismissGuest(session, by, reason);
        }
        String skill = session.request().skill();
        boolean expertTold = true;
        switch (session.phase()) {
            case REQUESTED, QUEUED -> {
                if (dispatch.withdraw(session.id())) {
                    queueReporter.changed(skill);
                }
            }
            case RINGING -> {
                String expertId = session.ringing().expertId();
                expertTold = delivery.send(expert(expertId), Envelope.inSession(session.id(), new RingCancelled(reason)));
                pairing.afterRelease(expertId, dispatch.release(expertId, session.id(), null));
            }
            case CONNECTING, ACTIVE -> {
                String expertId = session.call().expertId();
                if (session.call().connectedAt() != null) {
                    estimator.recordHandleTime(skill, Duration.between(session.call().connectedAt(), clock.instant()));
                    queueReporter.changed(skill);
                }
                expertTold = delivery.send(expert(expertId), Envelope.inSession(session.id(), new SessionEnded(by, reason)));
                pairing.afterRelease(expertId, dispatch.release(expertId, session.id(), null));
                if (!delivery.isConnected(expert(expertId))) {
                    // The expert was away (inside the resume grace period): nothing left to hold them for.
                    dispatch.signOff(expertId).ifPresent(gone -> gone.skills().forEach(queueReporter::changed));
                }
            }
            case ENDED -> {
                return;
            }
        }
        PartyId kiosk = new PartyId(Role.KIOSK, session.request().kioskId());
        // Known as ended, and journalled as ENDED, before the kiosk hears of it: its rating may come
        // at once, on its own thread, and must be neither refused nor recorded before the end. A
        // connection lost between the two is answered on resume (auth.resume of this session gets
        // its session.ended from here).
        ended.add(new EndedSession(session.id(), session.request(), session.expertId(), session.call() != null, by,
                reason, clock.instant(), delivery.isConnected(kiosk), expertTold, null));
        journal.ended(session, by, reason);
        delivery.send(kiosk, Envelope.inSession(session.id(), new SessionEnded(by, reason)));
    }

    /**
     * The whole session ends: a joined guest hears it like the others; a rung guest's ring is
     * withdrawn and the lead hears that the invitation is cancelled. The guest is freed.
     */
    private void dismissGuest(Session session, Role by, EndReason reason) {
        Guest guest = session.guest();
        if (guest.joined()) {
            delivery.send(expert(guest.expertId()), Envelope.inSession(session.id(), new SessionEnded(by, reason)));
        } else {
            delivery.send(expert(guest.expertId()), Envelope.inSession(session.id(), new RingCancelled(reason)));
            new CallNews(delivery).tell(session, Seat.LEAD, new InviteStatus(InvitePhase.CANCELLED, guest.peer()));
        }
        pairing.afterRelease(guest.expertId(), dispatch.release(guest.expertId(), session.id(), null));
    }

    private static PartyId expert(String expertId) {
        return new PartyId(Role.EXPERT, expertId);
    }
}
