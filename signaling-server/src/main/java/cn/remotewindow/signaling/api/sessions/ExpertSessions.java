package cn.remotewindow.signaling.api.sessions;

import cn.remotewindow.signaling.record.SessionRecords;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * An expert's own sessions, read from the session records. Reads run off the HTTP event loop:
 * the records store that replaces the in-memory one (issue 6) blocks.
 */
public final class ExpertSessions {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    private final SessionRecords records;

    public ExpertSessions(SessionRecords records) {
        this.records = records;
    }

    public Mono<SessionList> mine(String expertId, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            return Mono.error(problem(HttpStatus.BAD_REQUEST, "'limit' must be between 1 and " + MAX_LIMIT + "."));
        }
        return Mono.fromCallable(() -> new SessionList(records.servedBy(expertId, limit).stream()
                        .map(SessionView::of).toList()))
                .subscribeOn(Schedulers.boundedElastic());
    }

    /** Another expert's session answers as an unknown one does: its existence is not the caller's business. */
    public Mono<SessionView> one(String expertId, String sessionId) {
        return Mono.fromCallable(() -> records.find(sessionId)
                        .filter(record -> record.servedBy().contains(expertId))
                        .map(record -> SessionView.of(record, records.eventsOf(sessionId)))
                        .orElseThrow(() -> problem(HttpStatus.NOT_FOUND, "You served no session with this id.")))
                .subscribeOn(Schedulers.boundedElastic());
    }

    private static ErrorResponseException problem(HttpStatus status, String detail) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }
}
