package cn.remotewindow.signaling.cluster;

import java.util.Optional;

/** Which node runs a session: the one that created it, until it dies or drains and another adopts it. */
public interface Ownership {

    /**
     * @return the live node that owns the session, if that is not this node; empty when its work
     *         runs here: the session is here, is unknown (ended), or its owner is dead (then
     *         {@link #adoptIfOrphaned} takes it over on the session's thread)
     */
    Optional<String> elsewhere(String sessionId);

    /** As {@link #elsewhere}, not trusting what this node last heard (for work sent here that may have to go on). */
    default Optional<String> elsewhereNow(String sessionId) {
        return elsewhere(sessionId);
    }

    /** Session thread: takes the session over if it is not here and its owner is dead. */
    void adoptIfOrphaned(String sessionId);

    /**
     * Whether some node runs the session now (or will take it over from a dead node): a starting
     * node must not end such a session in the records as lost.
     */
    boolean runsSomewhere(String sessionId);
}
