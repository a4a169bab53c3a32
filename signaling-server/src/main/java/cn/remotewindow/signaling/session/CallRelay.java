package cn.remotewindow.signaling.session;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.Chat;
import cn.remotewindow.protocol.message.IceCandidate;
import cn.remotewindow.protocol.message.IceRestart;
import cn.remotewindow.protocol.message.MediaState;
import cn.remotewindow.protocol.message.Message;
import cn.remotewindow.protocol.message.PeerConnected;
import cn.remotewindow.protocol.message.SdpAnswer;
import cn.remotewindow.protocol.message.SdpOffer;
import cn.remotewindow.protocol.message.SessionEnd;
import cn.remotewindow.protocol.message.SessionPhase;
import cn.remotewindow.protocol.message.SessionStatus;
import cn.remotewindow.signaling.delivery.Delivery;
import cn.remotewindow.signaling.inbound.Inbound;
import cn.remotewindow.signaling.party.PartyId;
import cn.remotewindow.signaling.record.SessionEvent;
import java.time.Clock;
import java.util.List;

/**
 * Carries WebRTC negotiation and in-call messages between the two parties of a call, and only
 * between them. The kiosk makes the first offer and the expert answers. A candidate never overtakes the
 * description it belongs to: candidates sent before the sender's first description are held and
 * flushed right after it. All methods run on the session's owner thread.
 */
public final class CallRelay {

    private final SessionStore store;
    private final Delivery delivery;
    private final Journal journal;
    private final SessionCloser closer;
    private final Clock clock;

    public CallRelay(SessionStore store, Delivery delivery, Journal journal, SessionCloser closer, Clock clock) {
        this.store = store;
        this.delivery = delivery;
        this.journal = journal;
        this.closer = closer;
        this.clock = clock;
    }

    /**
     * The kiosk makes the first offer. After it, either party may offer again (renegotiation,
     * e.g. the expert adding a screen share), resolving glare with the perfect-negotiation
     * pattern: the expert is the polite peer.
     */
    public void offer(Inbound<SdpOffer> in, Session session) {
        if (!inCall(in, session)) {
            return;
        }
        if (in.from().role() != Role.KIOSK && !session.negotiation().described(Role.KIOSK)) {
            in.fail(ErrorCode.NOT_OFFERER);
            return;
        }
        described(in, session);
    }

    public void answer(Inbound<SdpAnswer> in, Session session) {
        if (!inCall(in, session)) {
            return;
        }
        if (!session.negotiation().described(other(in.from().role()))) {
            in.fail(ErrorCode.INVALID_STATE, "nothing to answer: the other party has not sent an offer");
            return;
        }
        described(in, session);
    }

    public void candidate(Inbound<IceCandidate> in, Session session) {
        if (!inCall(in, session)) {
            return;
        }
        Role sender = in.from().role();
        Negotiation negotiation = session.negotiation();
        if (negotiation.described(sender)) {
            forward(in, session, in.message());
            return;
        }
        if (negotiation.held(sender).size() >= Negotiation.MAX_HELD) {
            in.fail(ErrorCode.INVALID_STATE, "too many candidates before a description; send the description first");
            return;
        }
        store.put(session.withNegotiation(negotiation.hold(sender, in.message())));
    }

    /** Either party may ask the other to restart ICE; the receiver answers with an offer carrying iceRestart. */
    public void iceRestart(Inbound<IceRestart> in, Session session) {
        if (inCall(in, session)) {
            forward(in, session, in.message());
        }
    }

    public void mediaState(Inbound<MediaState> in, Session session) {
        if (inCall(in, session)) {
            forward(in, session, in.message());
        }
    }

    public void chat(Inbound<Chat> in, Session session) {
        if (inCall(in, session)) {
            forward(in, session, new Chat(in.message().text(), in.from().role(), clock.millis()));
        }
    }

    public void connected(Inbound<PeerConnected> in, Session session) {
        if (!inCall(in, session) || session.phase() == SessionPhase.ACTIVE) {
            return;
        }
        Session active = session.active(session.call().connected(clock.instant()));
        store.put(active);
        journal.record(active, SessionEvent.Kind.CONNECTED, active.call().expertId());
        SessionStatus status = new SessionStatus(SessionPhase.ACTIVE);
        delivery.send(new PartyId(Role.KIOSK, session.request().kioskId()), Envelope.inSession(session.id(), status));
        delivery.send(new PartyId(Role.EXPERT, session.call().expertId()), Envelope.inSession(session.id(), status));
    }

    public void end(Inbound<SessionEnd> in, Session session) {
        if (inCall(in, session)) {
            closer.end(session, in.from().role(), in.message().reason());
        }
    }

    private void described(Inbound<? extends Message> in, Session session) {
        Role sender = in.from().role();
        Negotiation negotiation = session.negotiation();
        List<IceCandidate> held = negotiation.described(sender) ? List.of() : negotiation.held(sender);
        if (!negotiation.described(sender)) {
            store.put(session.withNegotiation(negotiation.describedBy(sender)));
        }
        forward(in, session, in.message());
        for (IceCandidate candidate : held) {
            forward(in, session, candidate);
        }
    }

    private static Role other(Role role) {
        return role == Role.KIOSK ? Role.EXPERT : Role.KIOSK;
    }

    /**
     * Relays to the other party. While it is away (resume grace period) the message is held for its
     * return; so is a message that cannot be delivered because the connection just dropped and the
     * departure is not processed yet. Holding while away even if a new connection is already
     * registered keeps everything behind the session.resumed snapshot, in order.
     */
    private void forward(Inbound<?> in, Session session, Message message) {
        Role toRole = other(in.from().role());
        PartyId to = toRole == Role.EXPERT
                ? new PartyId(Role.EXPERT, session.call().expertId())
                : new PartyId(Role.KIOSK, session.request().kioskId());
        Envelope envelope = new Envelope(in.correlationId(), session.id(), message);
        Session current = store.get(session.id()).orElse(session);
        if (current.attendance().away(toRole) || !delivery.send(to, envelope)) {
            store.put(current.withAttendance(current.attendance().hold(toRole, envelope)));
        }
    }

    /** Call messages need an accepted call; the rung-but-not-yet-accepted expert may not send them. */
    private static boolean inCall(Inbound<?> in, Session session) {
        boolean party = in.from().role() == Role.KIOSK || (session.call() != null
                && session.call().expertId().equals(in.from().id()));
        if (!session.inCall() || !party) {
            in.fail(ErrorCode.INVALID_STATE, "no call in progress in this session");
            return false;
        }
        return true;
    }
}
