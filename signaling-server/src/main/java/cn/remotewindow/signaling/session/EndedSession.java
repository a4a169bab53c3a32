package cn.remotewindow.signaling.session;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.Satisfaction;
import java.time.Instant;

/**
 * A session that ended recently: kept for the rating window, so that the kiosk can rate it and a
 * party that was away when it ended is told on reconnecting. Plain data.
 *
 * @param expertId   the expert of the call or ring, or null
 * @param kioskTold  whether session.ended reached the kiosk
 * @param expertTold whether session.ended (or ring.cancelled) reached the expert
 * @param rating     the kiosk's 好差评, once given
 */
public record EndedSession(String sessionId, String kioskId, String district, String skill, String expertId, Role endedBy, EndReason reason,
                           Instant endedAt, boolean kioskTold, boolean expertTold, Satisfaction rating) {

    public EndedSession told(Role role) {
        return role == Role.KIOSK
                ? new EndedSession(sessionId, kioskId, district, skill, expertId, endedBy, reason, endedAt, true, expertTold, rating)
                : new EndedSession(sessionId, kioskId, district, skill, expertId, endedBy, reason, endedAt, kioskTold, true, rating);
    }

    public EndedSession rated(Satisfaction level) {
        return new EndedSession(sessionId, kioskId, district, skill, expertId, endedBy, reason, endedAt, kioskTold, expertTold, level);
    }
}
