package cn.remotewindow.signaling.session;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.Satisfaction;
import java.time.Instant;

/**
 * A session that ended recently: kept for the rating window, so that the kiosk can rate it, the
 * expert who served it can record its outcome (wrap-up), and a party that was away when it ended
 * is told on reconnecting. Plain data.
 *
 * @param expertId   the expert of the call or ring, or null
 * @param served     whether that expert had accepted the call (not merely been rung)
 * @param kioskTold  whether session.ended reached the kiosk
 * @param expertTold whether session.ended (or ring.cancelled) reached the expert
 * @param rating     the kiosk's 好差评, once given
 */
public record EndedSession(String sessionId, SessionRequest request, String expertId, boolean served, Role endedBy,
                           EndReason reason, Instant endedAt, boolean kioskTold, boolean expertTold,
                           Satisfaction rating) {

    public String kioskId() {
        return request.kioskId();
    }

    /** Whether this expert accepted the call: the one who may still record its outcome. */
    public boolean servedBy(String expert) {
        return served && expert.equals(expertId);
    }

    public EndedSession told(Role role) {
        return role == Role.KIOSK
                ? new EndedSession(sessionId, request, expertId, served, endedBy, reason, endedAt, true, expertTold, rating)
                : new EndedSession(sessionId, request, expertId, served, endedBy, reason, endedAt, kioskTold, true, rating);
    }

    public EndedSession rated(Satisfaction level) {
        return new EndedSession(sessionId, request, expertId, served, endedBy, reason, endedAt, kioskTold, expertTold, level);
    }
}
