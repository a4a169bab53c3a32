package cn.remotewindow.signaling.session;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.ExpertState;
import cn.remotewindow.protocol.message.SessionEnded;
import cn.remotewindow.protocol.message.SessionPhase;
import cn.remotewindow.protocol.message.SessionTransfer;
import cn.remotewindow.protocol.message.SessionTransferred;
import cn.remotewindow.protocol.message.HandoverNote;
import cn.remotewindow.signaling.delivery.Delivery;
import cn.remotewindow.signaling.inbound.Inbound;
import cn.remotewindow.signaling.party.PartyId;
import cn.remotewindow.signaling.record.SessionEvent;
import cn.remotewindow.signaling.routing.Dispatch;
import cn.remotewindow.signaling.routing.ExpertStatus;
import cn.remotewindow.signaling.routing.WaitEstimator;
import java.time.Clock;
import java.time.Duration;

/**
 * Hands a citizen over from one expert to another (转办) without sending them back to the start:
 * the session stays open, keeps its place in the queue (its arrival number), and is rung to a
 * named colleague or to whoever serves the target skill next. The transferring expert's part ends
 * with {@code session.ended TRANSFERRED}; the kiosk hears {@code session.transferred} and then the
 * usual ring and establishment, and makes a fresh offer to the next expert. Owner thread.
 */
public final class Transfers {

    private final SessionStore store;
    private final Dispatch dispatch;
    private final Delivery delivery;
    private final Journal journal;
    private final Pairing pairing;
    private final QueueReporter queueReporter;
    private final WaitEstimator estimator;
    private final Clock clock;

    public Transfers(SessionStore store, Dispatch dispatch, Delivery delivery, Journal journal, Pairing pairing,
                     QueueReporter queueReporter, WaitEstimator estimator, Clock clock) {
        this.store = store;
        this.dispatch = dispatch;
        this.delivery = delivery;
        this.journal = journal;
        this.pairing = pairing;
        this.queueReporter = queueReporter;
        this.estimator = estimator;
        this.clock = clock;
    }

    public void transfer(Inbound<SessionTransfer> in, Session session) {
        SessionTransfer asked = in.message();
        String fromId = in.from().id();
        if (session.phase() != SessionPhase.ACTIVE || !fromId.equals(session.call().expertId())) {
            in.fail(ErrorCode.INVALID_STATE, "only the expert of a connected call can transfer it");
            return;
        }
        if (session.guest() != null) {
            // A transfer would leave the guest in a call without its lead; the guest leaves first.
            in.fail(ErrorCode.INVALID_STATE, "a guest is in the call or being rung: no transfer until the guest has left");
            return;
        }
        String skill;
        if (asked.toExpert() != null) {
            ExpertStatus target = dispatch.expert(asked.toExpert()).orElse(null);
            if (target == null || asked.toExpert().equals(fromId) || target.effectiveState() != ExpertState.AVAILABLE) {
                in.fail(ErrorCode.TARGET_UNAVAILABLE, "expert '" + asked.toExpert() + "' is not available now");
                return;
            }
            skill = session.request().skill();
        } else {
            skill = asked.toSkill();
            boolean someoneHoldsIt = dispatch.experts().stream()
                    .anyMatch(e -> !e.expertId().equals(fromId) && e.skills().contains(skill));
            if (!someoneHoldsIt) {
                in.fail(ErrorCode.TARGET_UNAVAILABLE, "no expert with skill '" + skill + "' is signed on");
                return;
            }
        }
        Call call = session.call();
        if (call.connectedAt() != null) {
            estimator.recordHandleTime(session.request().skill(), Duration.between(call.connectedAt(), clock.instant()));
        }
        journal.record(session, SessionEvent.Kind.TRANSFERRED, fromId, describe(asked));

        Session next = session.transferred(session.request().transferred(skill,
                new HandoverNote(fromId, call.expertName(), asked.note()), asked.caseNumber()), fromId);
        store.put(next);
        delivery.send(new PartyId(Role.EXPERT, fromId),
                Envelope.inSession(session.id(), new SessionEnded(Role.EXPERT, EndReason.TRANSFERRED)));
        delivery.send(new PartyId(Role.KIOSK, session.request().kioskId()),
                Envelope.inSession(session.id(), new SessionTransferred(call.expertName(), skill)));
        if (asked.toExpert() != null) {
            pairing.placeWith(next, asked.toExpert());
        } else {
            pairing.place(next);
        }
        pairing.afterRelease(fromId, dispatch.release(fromId, session.id(), null));
        queueReporter.changed(session.request().skill());
    }

    private static String describe(SessionTransfer asked) {
        String to = asked.toExpert() != null ? "expert " + asked.toExpert() : "skill " + asked.toSkill();
        return asked.note() == null || asked.note().isBlank() ? to : to + ": " + asked.note();
    }
}
