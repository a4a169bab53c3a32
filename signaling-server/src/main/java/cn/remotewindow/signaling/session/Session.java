package cn.remotewindow.signaling.session;

import cn.remotewindow.protocol.message.QueueUpdate;
import cn.remotewindow.protocol.message.SessionPhase;
import java.util.HashSet;
import java.util.Set;

/**
 * One session's state: plain, immutable data. Only the session's owner thread replaces it in the
 * {@link SessionStore}; everyone else reads copies.
 *
 * @param passedBy        experts who declined this request
 * @param ringAttempts    rings so far; a timer carries the attempt it was set for
 * @param ringing         the current ring, while RINGING
 * @param call            the expert's call, from CONNECTING on
 * @param lastQueueUpdate the last queue.update sent to the kiosk, to send only changes
 * @param attendance      which parties are away, and what is held for them
 */
public record Session(String id, SessionRequest request, SessionPhase phase, Set<String> passedBy,
                      int ringAttempts, Ringing ringing, Call call, Negotiation negotiation,
                      QueueUpdate lastQueueUpdate, Attendance attendance) {

    public Session {
        passedBy = Set.copyOf(passedBy);
    }

    public static Session requested(String id, SessionRequest request) {
        return new Session(id, request, SessionPhase.REQUESTED, Set.of(), 0, null, null, Negotiation.NONE, null,
                Attendance.PRESENT);
    }

    public Session queued() {
        return new Session(id, request, SessionPhase.QUEUED, passedBy, ringAttempts, null, null, negotiation, lastQueueUpdate, attendance);
    }

    public Session ringing(Ringing ring) {
        return new Session(id, request, SessionPhase.RINGING, passedBy, ring.attempt(), ring, null, negotiation, null, attendance);
    }

    public Session passedBy(String expertId) {
        Set<String> more = new HashSet<>(passedBy);
        more.add(expertId);
        return new Session(id, request, phase, more, ringAttempts, ringing, call, negotiation, lastQueueUpdate, attendance);
    }

    public Session connecting(Call accepted) {
        return new Session(id, request, SessionPhase.CONNECTING, passedBy, ringAttempts, null, accepted, Negotiation.NONE, null, attendance);
    }

    public Session active(Call connected) {
        return new Session(id, request, SessionPhase.ACTIVE, passedBy, ringAttempts, null, connected, negotiation, null, attendance);
    }

    public Session withNegotiation(Negotiation next) {
        return new Session(id, request, phase, passedBy, ringAttempts, ringing, call, next, lastQueueUpdate, attendance);
    }

    public Session reported(QueueUpdate update) {
        return new Session(id, request, phase, passedBy, ringAttempts, ringing, call, negotiation, update, attendance);
    }

    public Session ended() {
        return new Session(id, request, SessionPhase.ENDED, passedBy, ringAttempts, null, call, negotiation, null, attendance);
    }

    /**
     * Handed over (转办): back to REQUESTED with the new routing, not to be offered to the expert
     * who transferred it. The ring count goes on, so that a stale ring timer cannot match.
     */
    public Session transferred(SessionRequest next, String fromExpertId) {
        return new Session(id, next, SessionPhase.REQUESTED, Set.of(fromExpertId), ringAttempts, null, null,
                Negotiation.NONE, null, attendance);
    }

    public Session withAttendance(Attendance next) {
        return new Session(id, request, phase, passedBy, ringAttempts, ringing, call, negotiation, lastQueueUpdate, next);
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
}
