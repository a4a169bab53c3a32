package cn.remotewindow.signaling.record;

import java.util.List;
import java.util.Optional;

/**
 * Reads the recorded sessions back: the narrow view the HTTP API needs. The in-memory recorder
 * implements it for now; the records store of issue 6 replaces it.
 */
public interface SessionRecords {

    /** The sessions the expert accepted, the most recently accepted first. */
    List<SessionRecord> servedBy(String expertId, int limit);

    Optional<SessionRecord> find(String sessionId);

    /** The session's events, oldest first; empty for an unknown session. */
    List<SessionEvent> eventsOf(String sessionId);

    /**
     * Sessions requested at or after {@code since} that have no end: open calls, or calls a
     * server lost when it died. Oldest request first.
     */
    List<SessionRecord> unfinished(java.time.Instant since);
}
