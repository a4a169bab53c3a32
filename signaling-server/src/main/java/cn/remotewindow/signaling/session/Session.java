package cn.remotewindow.signaling.session;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.QueueUpdate;
import cn.remotewindow.protocol.message.SessionPhase;
import cn.remotewindow.signaling.party.Party;
import cn.remotewindow.signaling.party.PartyId;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * One session's state: plain, immutable data. Only the session's owner thread replaces it in the
 * {@link SessionStore}; everyone else reads copies.
 *
 * @param passedBy        experts who declined this request
 * @param ringAttempts    rings so far; a timer carries the attempt it was set for
 * @param ringing         the current ring, while RINGING
 * @param call            the lead expert's call, from CONNECTING on
 * @param negotiation     the kiosk–lead pair's negotiation
 * @param lastQueueUpdate the last queue.update sent to the kiosk, to send only changes
 * @param attendance      which parties are away, and what is held for them
 * @param guest           the expert the lead invited into the call (rung or joined), or null
 */
public record Session(String id, SessionRequest request, SessionPhase phase, Set<String> passedBy,
                      int ringAttempts, Ringing ringing, Call call, Negotiation negotiation,
                      QueueUpdate lastQueueUpdate, Attendance attendance, Guest guest) {

    public Session {
        passedBy = Set.copyOf(passedBy);
    }

    public static Session requested(String id, SessionRequest request) {
        return new Session(id, request, SessionPhase.REQUESTED, Set.of(), 0, null, null, Negotiation.NONE, null,
                Attendance.PRESENT, null);
    }

    public Session queued() {
        return new Session(id, request, SessionPhase.QUEUED, passedBy, ringAttempts, null, null, negotiation, lastQueueUpdate,
                attendance, null);
    }

    public Session ringing(Ringing ring) {
        return new Session(id, request, SessionPhase.RINGING, passedBy, ring.attempt(), ring, null, negotiation, null,
                attendance, null);
    }

    public Session passedBy(String expertId) {
        Set<String> more = new HashSet<>(passedBy);
        more.add(expertId);
        return new Session(id, request, phase, more, ringAttempts, ringing, call, negotiation, lastQueueUpdate, attendance,
                guest);
    }

    public Session connecting(Call accepted) {
        return new Session(id, request, SessionPhase.CONNECTING, passedBy, ringAttempts, null, accepted, Negotiation.NONE,
                null, attendance, null);
    }

    public Session active(Call connected) {
        return new Session(id, request, SessionPhase.ACTIVE, passedBy, ringAttempts, null, connected, negotiation, null,
                attendance, guest);
    }

    public Session withNegotiation(Negotiation next) {
        return new Session(id, request, phase, passedBy, ringAttempts, ringing, call, next, lastQueueUpdate, attendance,
                guest);
    }

    public Session reported(QueueUpdate update) {
        return new Session(id, request, phase, passedBy, ringAttempts, ringing, call, negotiation, update, attendance,
                guest);
    }

    public Session ended() {
        return new Session(id, request, SessionPhase.ENDED, passedBy, ringAttempts, null, call, negotiation, null, attendance,
                guest);
    }

    /**
     * Handed over (转办): back to REQUESTED with the new routing, not to be offered to the expert
     * who transferred it. The ring count goes on, so that a stale ring timer cannot match.
     */
    public Session transferred(SessionRequest next, String fromExpertId) {
        return new Session(id, next, SessionPhase.REQUESTED, Set.of(fromExpertId), ringAttempts, null, null,
                Negotiation.NONE, null, attendance, null);
    }

    public Session withAttendance(Attendance next) {
        return new Session(id, request, phase, passedBy, ringAttempts, ringing, call, negotiation, lastQueueUpdate, next,
                guest);
    }

    /** @param next the guest now, or null when the guest is gone */
    public Session withGuest(Guest next) {
        return new Session(id, request, phase, passedBy, ringAttempts, ringing, call, negotiation, lastQueueUpdate,
                attendance, next);
    }

    /** The expert of the call, or of the ring, or null. */
    public String expertId() {
        if (call != null) {
            return call.expertId();
        }
        return ringing != null ? ringing.expertId() : null;
    }

    public boolean inCall() {
        return phase == SessionPhase.CONNECTING || phase == SessionPhase.ACTIVE;
    }

    /** Whether the party may send this session's messages: its kiosk, its rung or lead expert, its guest (rung or joined). */
    public boolean hasParty(Party party) {
        if (party.role() == Role.KIOSK) {
            return party.id().equals(request.kioskId());
        }
        return party.id().equals(expertId()) || isGuest(party.id());
    }

    public boolean isGuest(String expertId) {
        return guest != null && guest.expertId().equals(expertId);
    }

    public boolean hasJoinedGuest() {
        return guest != null && guest.joined();
    }

    /** Where the party sits in the call, if it is in it: a rung guest is not (yet). */
    public Optional<Seat> seatOf(Party party) {
        if (party.role() == Role.KIOSK) {
            return party.id().equals(request.kioskId()) ? Optional.of(Seat.KIOSK) : Optional.empty();
        }
        if (call != null && party.id().equals(call.expertId())) {
            return Optional.of(Seat.LEAD);
        }
        return hasJoinedGuest() && isGuest(party.id()) ? Optional.of(Seat.GUEST) : Optional.empty();
    }

    /** The seat of another party of the call named by its party id, if there is one. */
    public Optional<Seat> seatOf(String partyId, Seat except) {
        for (Seat seat : Seat.values()) {
            PartyId at = seat == except ? null : partyAt(seat);
            if (at != null && at.id().equals(partyId)) {
                return Optional.of(seat);
            }
        }
        return Optional.empty();
    }

    /** Who sits there now, or null (no call, no joined guest). */
    public PartyId partyAt(Seat seat) {
        switch (seat) {
            case KIOSK:
                return new PartyId(Role.KIOSK, request.kioskId());
            case LEAD:
                return call == null ? null : new PartyId(Role.EXPERT, call.expertId());
            default:
                return hasJoinedGuest() ? new PartyId(Role.EXPERT, guest.expertId()) : null;
        }
    }

    public Negotiation negotiation(Pair pair) {
        return pair == Pair.KIOSK_LEAD ? negotiation : guest.negotiation(pair);
    }

    public Session withNegotiation(Pair pair, Negotiation next) {
        return pair == Pair.KIOSK_LEAD ? withNegotiation(next) : withGuest(guest.withNegotiation(pair, next));
    }
}
