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
import cn.remotewindow.protocol.message.Relayed;
import cn.remotewindow.protocol.message.SdpAnswer;
import cn.remotewindow.protocol.message.SdpOffer;
import cn.remotewindow.protocol.message.SdpRole;
import cn.remotewindow.protocol.message.SessionEnd;
import cn.remotewindow.protocol.message.SessionPhase;
import cn.remotewindow.protocol.message.SessionStatus;
import cn.remotewindow.signaling.delivery.Delivery;
import cn.remotewindow.signaling.inbound.Inbound;
import cn.remotewindow.signaling.party.PartyId;
import cn.remotewindow.signaling.record.SessionEvent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Carries WebRTC negotiation and in-call messages between the parties of a call, and only between
 * them. Every pair of parties has its own peer connection and its own negotiation (see
 * {@link Pair}): the pair's offerer makes the first offer, and a candidate never overtakes the
 * description it belongs to (candidates sent before the sender's first description in the pair
 * are held and flushed right after it). A message names its recipient with {@code to}; without
 * it, negotiation goes to the sender's partner of the kiosk–lead pair (so two-party clients work
 * unchanged) and chat and media.state go to every other party. Every relayed copy carries its
 * sender's id. All methods run on the session's owner thread.
 */
public final class CallRelay {

    /** One relayed hop: from the sender's seat to the recipient's. */
    private record Leg(Seat from, Seat to) {
        Pair pair() {
            return Pair.of(from, to);
        }

        SdpRole side() {
            return pair().sideOf(from);
        }
    }

    private final SessionStore store;
    private final Delivery delivery;
    private final Journal journal;
    private final SessionCloser closer;
    private final GuestDepartures guestDepartures;
    private final Clock clock;

    public CallRelay(SessionStore store, Delivery delivery, Journal journal, SessionCloser closer,
                     GuestDepartures guestDepartures, Clock clock) {
        this.store = store;
        this.delivery = delivery;
        this.journal = journal;
        this.closer = closer;
        this.guestDepartures = guestDepartures;
        this.clock = clock;
    }

    /**
     * The pair's offerer makes the first offer. After it, either side may offer again
     * (renegotiation, e.g. an expert adding a screen share), resolving glare with the
     * perfect-negotiation pattern: the answerer is the polite peer.
     */
    public void offer(Inbound<SdpOffer> in, Session session) {
        Leg leg = leg(in, session);
        if (leg == null) {
            return;
        }
        if (leg.side() == SdpRole.ANSWERER && !session.negotiation(leg.pair()).described(SdpRole.OFFERER)) {
            in.fail(ErrorCode.NOT_OFFERER);
            return;
        }
        described(in, session, leg);
    }

    public void answer(Inbound<SdpAnswer> in, Session session) {
        Leg leg = leg(in, session);
        if (leg == null) {
            return;
        }
        SdpRole otherSide = leg.side() == SdpRole.OFFERER ? SdpRole.ANSWERER : SdpRole.OFFERER;
        if (!session.negotiation(leg.pair()).described(otherSide)) {
            in.fail(ErrorCode.INVALID_STATE, "nothing to answer: the other party has not sent an offer");
            return;
        }
        described(in, session, leg);
    }

    public void candidate(Inbound<IceCandidate> in, Session session) {
        Leg leg = leg(in, session);
        if (leg == null) {
            return;
        }
        Negotiation negotiation = session.negotiation(leg.pair());
        if (negotiation.described(leg.side())) {
            forward(in, session, leg.to(), in.message());
            return;
        }
        if (negotiation.held(leg.side()).size() >= Negotiation.MAX_HELD) {
            in.fail(ErrorCode.INVALID_STATE, "too many candidates before a description; send the description first");
            return;
        }
        store.put(session.withNegotiation(leg.pair(), negotiation.hold(leg.side(), in.message())));
    }

    /** Either party may ask the other to restart ICE; the receiver answers with an offer carrying iceRestart. */
    public void iceRestart(Inbound<IceRestart> in, Session session) {
        Leg leg = leg(in, session);
        if (leg != null) {
            forward(in, session, leg.to(), in.message());
        }
    }

    public void mediaState(Inbound<MediaState> in, Session session) {
        for (Seat to : recipients(in, session)) {
            forward(in, session, to, in.message());
        }
    }

    public void chat(Inbound<Chat> in, Session session) {
        Chat stamped = new Chat(in.message().text(), in.from().role(), clock.millis());
        for (Seat to : recipients(in, session)) {
            forward(in, session, to, stamped);
        }
    }

    /** The first one from the kiosk or the lead makes the call ACTIVE; a guest joins an ACTIVE call and changes nothing. */
    public void connected(Inbound<PeerConnected> in, Session session) {
        if (seat(in, session) == null || session.phase() == SessionPhase.ACTIVE) {
            return;
        }
        Session active = session.active(session.call().connected(clock.instant()));
        store.put(active);
        journal.record(active, SessionEvent.Kind.CONNECTED, active.call().expertId());
        SessionStatus status = new SessionStatus(SessionPhase.ACTIVE);
        delivery.send(new PartyId(Role.KIOSK, session.request().kioskId()), Envelope.inSession(session.id(), status));
        delivery.send(new PartyId(Role.EXPERT, session.call().expertId()), Envelope.inSession(session.id(), status));
    }

    /** The guest's hang-up ends only the guest's part; anyone else's ends the session for all. */
    public void end(Inbound<SessionEnd> in, Session session) {
        Seat seat = seat(in, session);
        if (seat == Seat.GUEST) {
            guestDepartures.leave(session, in.message().reason());
        } else if (seat != null) {
            closer.end(session, in.from().role(), in.message().reason());
        }
    }

    private void described(Inbound<? extends Message> in, Session session, Leg leg) {
        Negotiation negotiation = session.negotiation(leg.pair());
        boolean first = !negotiation.described(leg.side());
        List<IceCandidate> held = first ? negotiation.held(leg.side()) : List.of();
        if (first) {
            store.put(session.withNegotiation(leg.pair(), negotiation.describedBy(leg.side())));
        }
        forward(in, session, leg.to(), (Relayed) in.message());
        for (IceCandidate candidate : held) {
            forward(in, session, leg.to(), candidate);
        }
    }

    /**
     * The one recipient of a negotiation message: the party named in {@code to}, else the
     * sender's kiosk–lead partner. Null after refusing the message.
     */
    private static Leg leg(Inbound<? extends Message> in, Session session) {
        Seat from = seat(in, session);
        if (from == null) {
            return null;
        }
        String to = ((Relayed) in.message()).to();
        if (to == null) {
            if (from == Seat.GUEST) {
                in.fail(ErrorCode.MISSING_FIELD, "'to' is required from a guest expert: name the kiosk or the lead expert");
                return null;
            }
            return new Leg(from, from == Seat.KIOSK ? Seat.LEAD : Seat.KIOSK);
        }
        Seat target = named(in, session, from, to);
        return target == null ? null : new Leg(from, target);
    }

    /** Chat and media.state: the party named in {@code to}, else every other party of the call. */
    private static List<Seat> recipients(Inbound<? extends Message> in, Session session) {
        Seat from = seat(in, session);
        if (from == null) {
            return List.of();
        }
        String to = ((Relayed) in.message()).to();
        if (to != null) {
            Seat target = named(in, session, from, to);
            return target == null ? List.of() : List.of(target);
        }
        List<Seat> others = new ArrayList<>();
        for (Seat seat : Seat.values()) {
            if (seat != from && session.partyAt(seat) != null) {
                others.add(seat);
            }
        }
        return others;
    }

    private static Seat named(Inbound<?> in, Session session, Seat from, String to) {
        Seat target = session.seatOf(to, from).orElse(null);
        if (target == null) {
            in.fail(ErrorCode.NOT_IN_SESSION, "'" + to + "' is not another party of this call");
        }
        return target;
    }

    /**
     * Call messages need an accepted call, and a seat in it: a rung expert (for the call or as a
     * guest) may not send them yet. Null after refusing the message.
     */
    private static Seat seat(Inbound<?> in, Session session) {
        Seat seat = session.inCall() ? session.seatOf(in.from()).orElse(null) : null;
        if (seat == null) {
            in.fail(ErrorCode.INVALID_STATE, "no call in progress in this session");
        }
        return seat;
    }

    /**
     * Relays a copy stamped with its sender. While the kiosk or the lead is away (resume grace
     * period) the copy is held for its return; so is one that cannot be delivered because the
     * connection just dropped and the departure is not processed yet. Holding while away even if a
     * new connection is already registered keeps everything behind the session.resumed snapshot,
     * in order. A guest is never away: what cannot reach it is dropped.
     */
    private void forward(Inbound<?> in, Session session, Seat toSeat, Relayed message) {
        Session current = store.get(session.id()).orElse(session);
        PartyId to = current.partyAt(toSeat);
        Envelope envelope = new Envelope(in.correlationId(), session.id(), message.relayedFrom(in.from().id()));
        if (toSeat == Seat.GUEST) {
            delivery.send(to, envelope);
            return;
        }
        Role toRole = toSeat == Seat.KIOSK ? Role.KIOSK : Role.EXPERT;
        if (current.attendance().away(toRole) || !delivery.send(to, envelope)) {
            store.put(current.withAttendance(current.attendance().hold(toRole, envelope)));
        }
    }
}
