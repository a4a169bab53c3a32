package cn.remotewindow.signaling.record;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.Satisfaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One session as its events tell it: the request, who served it, when it was accepted,
 * connected and ended, the outcome the expert recorded last, the citizen's rating. Times are
 * null until they happened. Plain data.
 *
 * @param expertId   the expert who accepted the call last (after a transfer, the one it went to),
 *                   or null if none did
 * @param servedBy   every expert who accepted the call or joined it as a guest, in order: more than
 *                   one after a transfer or an invitation
 * @param acceptedAt when the first expert accepted
 * @param outcomeAt  when the outcome was recorded, with the outcome
 */
public record SessionRecord(String sessionId, CaseRequest request, String expertId, List<String> servedBy,
                            Instant acceptedAt, Instant connectedAt, Instant endedAt, Role endedBy,
                            EndReason endReason, SessionOutcome outcome, Instant outcomeAt, Satisfaction rating) {

    public SessionRecord {
        servedBy = List.copyOf(servedBy);
    }

    /** Folds a session's events, oldest first, into its record. */
    public static SessionRecord of(String sessionId, List<SessionEvent> events) {
        CaseRequest request = null;
        String expertId = null;
        List<String> servedBy = new java.util.ArrayList<>();
        Instant acceptedAt = null;
        Instant connectedAt = null;
        Instant endedAt = null;
        Role endedBy = null;
        EndReason endReason = null;
        SessionOutcome outcome = null;
        Instant outcomeAt = null;
        Satisfaction rating = null;
        for (SessionEvent event : events) {
            request = request != null ? request : event.request();
            if (event.kind() == SessionEvent.Kind.ACCEPTED) {
                expertId = event.expertId();
                if (expertId != null && !servedBy.contains(expertId)) {
                    servedBy.add(expertId);
                }
                acceptedAt = acceptedAt != null ? acceptedAt : event.at();
            } else if (event.kind() == SessionEvent.Kind.JOINED) {
                // A guest served it too, without becoming the expert the session belongs to.
                if (event.expertId() != null && !servedBy.contains(event.expertId())) {
                    servedBy.add(event.expertId());
                }
            } else if (event.kind() == SessionEvent.Kind.CONNECTED) {
                connectedAt = connectedAt != null ? connectedAt : event.at();
            } else if (event.kind() == SessionEvent.Kind.ENDED) {
                endedAt = event.at();
                endedBy = event.endedBy();
                endReason = event.endReason();
            } else if (event.kind() == SessionEvent.Kind.OUTCOME) {
                // The latest outcome replaces the earlier ones.
                outcome = event.outcome();
                outcomeAt = event.at();
            } else if (event.kind() == SessionEvent.Kind.RATED) {
                rating = event.rating();
            }
        }
        return new SessionRecord(sessionId, request, expertId, servedBy, acceptedAt, connectedAt, endedAt, endedBy,
                endReason, outcome, outcomeAt, rating);
    }

    /** From the request until an expert accepted; null while nobody has. */
    public Long waitSeconds() {
        return acceptedAt == null ? null : Duration.between(request.requestedAt(), acceptedAt).toSeconds();
    }

    /** From media connected until the end, as the wait estimate counts handle time; null until both happened. */
    public Long handleSeconds() {
        return connectedAt == null || endedAt == null ? null : Duration.between(connectedAt, endedAt).toSeconds();
    }
}
