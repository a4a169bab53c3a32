package cn.remotewindow.signaling.routing;

import cn.remotewindow.protocol.message.Priority;
import java.util.HashSet;
import java.util.Set;

/**
 * A request that needs an expert, as the dispatch sees it: plain data.
 *
 * @param sequence arrival order, kept when the request is placed again after a decline or a
 *                 timeout, so that it returns to the front of its priority class
 * @param passedBy experts who declined it; it is not offered to them again
 */
public record WaitingRequest(String sessionId, String skill, Priority priority, long sequence, Set<String> passedBy) {

    public WaitingRequest {
        passedBy = Set.copyOf(passedBy);
    }

    public WaitingRequest passedBy(String expertId) {
        Set<String> more = new HashSet<>(passedBy);
        more.add(expertId);
        return new WaitingRequest(sessionId, skill, priority, sequence, more);
    }

    /** Green channel first, then first come first served. */
    boolean servedBefore(WaitingRequest other) {
        if (priority != other.priority) {
            return priority == Priority.GREEN_CHANNEL;
        }
        return sequence < other.sequence;
    }
}
