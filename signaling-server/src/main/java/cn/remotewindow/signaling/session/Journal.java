package cn.remotewindow.signaling.session;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.Satisfaction;
import cn.remotewindow.signaling.record.SessionEvent;
import cn.remotewindow.signaling.record.SessionOutcome;
import cn.remotewindow.signaling.record.SessionRecorder;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns session transitions into recorder events, stamped with the time, the request and the expert. */
public final class Journal {

    private static final Logger log = LoggerFactory.getLogger(Journal.class);

    private final SessionRecorder recorder;
    private final Clock clock;

    public Journal(SessionRecorder recorder, Clock clock) {
        this.recorder = recorder;
        this.clock = clock;
    }

    public void record(Session session, SessionEvent.Kind kind, String expertId) {
        record(session, kind, expertId, null);
    }

    public void record(Session session, SessionEvent.Kind kind, String expertId, String note) {
        write(new SessionEvent(session.id(), kind, clock.instant(), session.request().recorded(), expertId,
                null, null, note, null, null));
    }

    public void ended(Session session, Role by, EndReason reason) {
        write(new SessionEvent(session.id(), SessionEvent.Kind.ENDED, clock.instant(), session.request().recorded(),
                session.expertId(), by, reason, null, null, null));
    }

    /** The kiosk's rating of an ended session; the note is the level and any comment. */
    public void rated(EndedSession session, Satisfaction level, String comment) {
        String note = level.name() + (comment == null || comment.isBlank() ? "" : " " + comment);
        write(new SessionEvent(session.sessionId(), SessionEvent.Kind.RATED, clock.instant(),
                session.request().recorded(), session.expertId(), null, null, note, null, level));
    }

    /**
     * The case outcome the expert recorded. Unlike the other events a failure here is not
     * swallowed: the expert must not be told it was recorded when it was not.
     *
     * @return when it was recorded, once it is stored (the session's thread is not held meanwhile)
     */
    public java.util.concurrent.CompletableFuture<Instant> outcome(String sessionId, SessionRequest request, String expertId,
                                                                  SessionOutcome outcome) {
        Instant at = clock.instant();
        String note = outcome.outcome().name() + (outcome.caseNumber() == null ? "" : " " + outcome.caseNumber());
        return recorder.recordSafely(new SessionEvent(sessionId, SessionEvent.Kind.OUTCOME, at, request.recorded(),
                expertId, null, null, note, outcome, null)).thenApply(stored -> at);
    }

    /** A case-file event (materials, documents, closing); a failure is logged, not thrown. */
    public void caseFile(String sessionId, SessionRequest request, SessionEvent.Kind kind, String expertId,
                         cn.remotewindow.signaling.record.CaseFileEntry entry) {
        write(new SessionEvent(sessionId, kind, clock.instant(), request.recorded(), expertId, null, null, null, null,
                null, entry));
    }

    /** A case-file event the kiosk is told was recorded (an upload, the signature): the future fails if it was not. */
    public java.util.concurrent.CompletableFuture<Instant> caseFileConfirmed(String sessionId, SessionRequest request,
            SessionEvent.Kind kind, String expertId, cn.remotewindow.signaling.record.CaseFileEntry entry) {
        Instant at = clock.instant();
        return recorder.recordSafely(new SessionEvent(sessionId, kind, at, request.recorded(), expertId, null, null,
                null, null, null, entry)).thenApply(stored -> at);
    }

    private void write(SessionEvent event) {
        try {
            recorder.record(event);
        } catch (RuntimeException e) {
            // A failing recorder must not break the call in progress; the failure is logged loudly.
            log.error("session recorder failed for {} {}", event.sessionId(), event.kind(), e);
        }
    }
}
