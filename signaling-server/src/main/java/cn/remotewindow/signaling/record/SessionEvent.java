package cn.remotewindow.signaling.record;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.EndReason;
import java.time.Instant;

/**
 * Something that happened to a session, with its time and parties. endedBy and endReason are set
 * for ENDED only; note carries free text a party gave (the reason of a decline).
 */
public record SessionEvent(String sessionId, Kind kind, Instant at, String kioskId, String district,
                           String skill, String expertId, Role endedBy, EndReason endReason, String note) {

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
        /** The expert handed the session over (转办); the note says to whom and why. */
        TRANSFERRED
    }
}
