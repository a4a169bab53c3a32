package cn.remotewindow.signaling.record;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.Satisfaction;
import java.time.Instant;

/**
 * Something that happened to a session, with its time, the request it is about and the expert
 * concerned. endedBy and endReason are set for ENDED only, outcome for OUTCOME only, rating for
 * RATED only; note carries free text a party gave (the reason of a decline, the rating's comment)
 * or a short summary (the outcome and its case number).
 */
public record SessionEvent(String sessionId, Kind kind, Instant at, CaseRequest request, String expertId,
                           Role endedBy, EndReason endReason, String note, SessionOutcome outcome,
                           Satisfaction rating) {

    public enum Kind {
        REQUESTED,
        QUEUED,
        RUNG,
        DECLINED,
        RING_TIMEOUT,
        ACCEPTED,
        CONNECTED,
        ENDED,
        RATED,
        /** The expert recorded the case outcome; a later one replaces an earlier one. */
        OUTCOME,
        /** The expert handed the session over (转办); the note says to whom and why. */
        TRANSFERRED,
        /** The lead expert invited a guest into the call; the note says whom (and the lead's note). */
        INVITED,
        /** The invited guest accepted and is in the call; expertId is the guest. */
        JOINED,
        /** The guest left a call that went on; the note is why (HANGUP, TECHNICAL_PROBLEM, DISCONNECTED). */
        LEFT
    }

    public String kioskId() {
        return request.kioskId();
    }

    public String district() {
        return request.district();
    }

    public String skill() {
        return request.skill();
    }
}
