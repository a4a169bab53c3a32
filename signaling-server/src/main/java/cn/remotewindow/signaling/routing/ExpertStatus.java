package cn.remotewindow.signaling.routing;

import cn.remotewindow.protocol.message.ExpertState;
import java.util.Set;

/**
 * An expert as the dispatch sees them: plain data.
 *
 * @param wanted    what the expert asked for: AVAILABLE or AWAY
 * @param sessionId the session the expert is ringing for or serving, or null
 * @param ringing   true while the session is only ringing, false once accepted
 */
public record ExpertStatus(String expertId, Set<String> skills, ExpertState wanted, String sessionId, boolean ringing) {

    public ExpertStatus {
        skills = Set.copyOf(skills);
    }

    /** What the expert and the waiting picture see: BUSY while holding a session. */
    public ExpertState effectiveState() {
        return sessionId != null ? ExpertState.BUSY : wanted;
    }
}
