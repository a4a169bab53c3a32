package cn.remotewindow.signaling.session;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.signaling.record.SessionEvent;
import cn.remotewindow.signaling.record.SessionRecorder;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns session transitions into recorder events, stamped with the time and the session's parties. */
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
        write(new SessionEvent(session.id(), kind, clock.instant(), session.request().kioskId(),
                session.request().district(), session.request().skill(), expertId, null, null, note));
    }

    public void ended(Session session, Role by, EndReason reason) {
        write(new SessionEvent(session.id(), SessionEvent.Kind.ENDED, clock.instant(), session.request().kioskId(),
                session.request().district(), session.request().skill(), session.expertId(), by, reason, null));
    }

    /** The kiosk's rating of an ended session; the note is the level and any comment. */
    public void rated(EndedSession session, String note) {
        write(new SessionEvent(session.sessionId(), SessionEvent.Kind.RATED, clock.instant(), session.kioskId(),
                session.district(), session.skill(), session.expertId(), null, null, note));
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
