package cn.remotewindow.signaling.session;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.ServiceCancel;
import cn.remotewindow.protocol.message.ServiceRequest;
import cn.remotewindow.protocol.message.SessionPhase;
import cn.remotewindow.protocol.message.SessionStatus;
import cn.remotewindow.signaling.inbound.Inbound;
import cn.remotewindow.signaling.party.Kiosk;
import cn.remotewindow.signaling.record.SessionEvent;
import cn.remotewindow.signaling.routing.Dispatch;
import java.time.Clock;
import java.util.UUID;

/** The kiosk's side of the desk: a citizen asks for an expert, or gives up waiting. */
public final class ServiceDesk {

    private final SessionStore store;
    private final Dispatch dispatch;
    private final Owners owners;
    private final Journal journal;
    private final Pairing pairing;
    private final SessionCloser closer;
    private final Clock clock;

    public ServiceDesk(SessionStore store, Dispatch dispatch, Owners owners, Journal journal, Pairing pairing,
                       SessionCloser closer, Clock clock) {
        this.store = store;
        this.dispatch = dispatch;
        this.owners = owners;
        this.journal = journal;
        this.pairing = pairing;
        this.closer = closer;
        this.clock = clock;
    }

    /** Opens a session for the kiosk's request. Runs on the kiosk's connection thread. */
    public void request(Inbound<ServiceRequest> in) {
        Kiosk kiosk = (Kiosk) in.from();
        ServiceRequest asked = in.message();
        String sessionId = UUID.randomUUID().toString();
        SessionRequest request = new SessionRequest(kiosk.id(), kiosk.displayName(), kiosk.district(),
                asked.itemCode(), asked.departmentCode(), asked.caseNumber(), asked.priority(), asked.skill(),
                dispatch.nextSequence(), clock.instant(), null);
        Session session = Session.requested(sessionId, request);
        if (!store.create(session)) {
            in.fail(ErrorCode.ALREADY_IN_SESSION);
            return;
        }
        owners.ofSession(sessionId).execute(() -> {
            journal.record(session, SessionEvent.Kind.REQUESTED, null);
            // Correlated with the request, so the kiosk learns its session id.
            in.via().send(new Envelope(in.correlationId(), sessionId,
                    new SessionStatus(SessionPhase.REQUESTED)));
            pairing.place(session);
        });
    }

    /** The kiosk withdraws, whatever the phase; in a call this ends the call. Owner thread. */
    public void cancel(Inbound<ServiceCancel> in, Session session) {
        closer.end(session, Role.KIOSK, EndReason.CANCELLED);
    }
}
