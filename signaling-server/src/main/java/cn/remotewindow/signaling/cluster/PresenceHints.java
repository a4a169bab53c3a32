package cn.remotewindow.signaling.cluster;

import cn.remotewindow.protocol.message.ExpertState;
import java.util.Optional;

/**
 * What an expert had chosen (AVAILABLE or AWAY) on a node that drained, kept for a short while
 * so that the expert has it again on the node they reconnect to instead of starting AWAY.
 */
public interface PresenceHints {

    void leave(String expertId, ExpertState wanted);

    /** The hint left for the expert, removed as it is read. */
    Optional<ExpertState> take(String expertId);
}
