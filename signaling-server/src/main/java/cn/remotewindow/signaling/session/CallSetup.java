package cn.remotewindow.signaling.session;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.Peer;
import cn.remotewindow.protocol.message.PeerStatus;
import cn.remotewindow.protocol.message.RingAccept;
import cn.remotewindow.protocol.message.RingDecline;
import cn.remotewindow.protocol.message.SdpRole;
import cn.remotewindow.protocol.message.SessionEstablished;
import cn.remotewindow.protocol.message.SessionPhase;
import cn.remotewindow.signaling.delivery.Delivery;
import cn.remotewindow.signaling.ice.IceServers;
import cn.remotewindow.signaling.inbound.Inbound;
import cn.remotewindow.signaling.party.PartyId;
import cn.remotewindow.signaling.presence.PresenceReporter;
import cn.remotewindow.signaling.record.SessionEvent;
import cn.remotewindow.signaling.routing.Dispatch;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The rung expert's answer: accept opens the call (kiosk offers, expert answers); decline passes it
 * on. An expert rung as a guest of a call answers its invitation instead ({@link Invitations}).
 */
public final class CallSetup {

    private final SessionStore store;
    private final Dispatch dispatch;
    private final Owners owners;
    private final Delivery delivery;
    private final Journal journal;
    private final Pairing pairing;
    private final SessionCloser closer;
    private final Invitations invitations;
    private final PresenceReporter presenceReporter;
    private final IceServers iceServers;
    private final Duration connectTimeout;
    private final Clock clock;

    public CallSetup(SessionStore store, Dispatch dispatch, Owners owners, Delivery delivery, Journal journal,
                     Pairing pairing, SessionCloser closer, Invitations invitations, PresenceReporter presenceReporter,
                     IceServers iceServers, Duration connectTimeout, Clock clock) {
        this.store = store;
        this.dispatch = dispatch;
        this.owners = owners;
        this.delivery = delivery;
        this.journal = journal;
        this.pairing = pairing;
        this.closer = closer;
        this.invitations = invitations;
        this.presenceReporter = presenceReporter;
        this.iceServers = iceServers;
        this.connectTimeout = connectTimeout;
        this.clock = clock;
    }

    /** Owner thread. */
    public void accept(Inbound<RingAccept> in, Session session) {
        String expertId = in.from().id();
        if (session.isGuest(expertId)) {
            invitations.accept(in, session);
            return;
        }
        if (session.phase() != SessionPhase.RINGING || !dispatch.confirm(expertId, session.id())) {
            in.fail(ErrorCode.INVALID_STATE, "the ring is over (timed out, cancelled or already answered)");
            return;
        }
        Session connecting = session.connecting(new Call(expertId, in.from().displayName(), clock.instant(), null));
        store.put(connecting);
        journal.record(connecting, SessionEvent.Kind.ACCEPTED, expertId);
        SessionRequest request = session.request();
        delivery.send(new PartyId(Role.KIOSK, request.kioskId()), Envelope.inSession(session.id(),
                new SessionEstablished(SdpRole.OFFERER, new Peer(Role.EXPERT, expertId, in.from().displayName(), null),
                        iceServers.forUser(request.kioskId()))));
        in.reply(new SessionEstablished(SdpRole.ANSWERER,
                new Peer(Role.KIOSK, request.kioskId(), request.kioskName(), request.district()),
                iceServers.forUser(expertId), request.details()));
        if (session.attendance().away(Role.KIOSK)) {
            // The kiosk lost its connection while waiting; the expert should know why no offer comes yet.
            in.reply(new PeerStatus(Role.KIOSK, false));
        }
        presenceReporter.changed(expertId);
        owners.ofSession(session.id()).schedule(() -> onConnectTimeout(session.id(), expertId),
                connectTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Owner thread. */
    public void decline(Inbound<RingDecline> in, Session session) {
        if (session.isGuest(in.from().id())) {
            invitations.decline(in, session);
            return;
        }
        if (session.phase() != SessionPhase.RINGING) {
            in.fail(ErrorCode.INVALID_STATE, "the ring is over (timed out, cancelled or already answered)");
            return;
        }
        pairing.onDecline(session, in.from().id(), in.message().reason());
    }

    /** A session taken over from a dead node: a call still connecting is given up when it would have been there. */
    void carryOn(Session session) {
        if (session.phase() == SessionPhase.CONNECTING && session.call() != null) {
            String expertId = session.call().expertId();
            long left = session.call().acceptedAt().plus(connectTimeout).toEpochMilli() - clock.millis();
            owners.ofSession(session.id()).schedule(() -> onConnectTimeout(session.id(), expertId),
                    Math.max(0, left), TimeUnit.MILLISECONDS);
        }
    }

    private void onConnectTimeout(String sessionId, String expertId) {
        store.get(sessionId)
                .filter(s -> s.phase() == SessionPhase.CONNECTING && expertId.equals(s.call().expertId()))
                .ifPresent(s -> closer.end(s, Role.SERVER, EndReason.CONNECT_TIMEOUT));
    }
}
