package cn.remotewindow.signaling.session;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.signaling.cluster.Ownership;
import cn.remotewindow.signaling.record.CaseRequest;
import cn.remotewindow.signaling.record.SessionEvent;
import cn.remotewindow.signaling.record.SessionRecord;
import cn.remotewindow.signaling.record.SessionRecorder;
import cn.remotewindow.signaling.record.SessionRecords;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sessions a server lost when it died (killed, power cut): their calls were open, so the records
 * hold no end for them. At start-up, before the signaling plane takes connections, each is ended
 * in the records ({@code SESSION_LOST}, by the server, at the restart) and kept as a recently
 * ended session: the expert who served it is told on reconnecting and can still record its
 * outcome (wrap-up), the kiosk is told and can still rate it, within the rating window.
 *
 * <p>With several nodes sharing one records database, a session another node runs (or is about
 * to take over from a dead one) is left alone: only sessions no node has any more are ended.
 */
public final class InterruptedSessions {

    /** How far back an unfinished session is looked for; older ones were ended by an earlier start. */
    static final Duration LOOKBACK = Duration.ofDays(30);
    private static final Logger log = LoggerFactory.getLogger(InterruptedSessions.class);

    private final SessionRecords records;
    private final SessionRecorder recorder;
    private final EndedSessions ended;
    private final Clock clock;
    private final Ownership ownership;

    public InterruptedSessions(SessionRecords records, SessionRecorder recorder, EndedSessions ended, Clock clock,
                               Ownership ownership) {
        this.ownership = ownership;
        this.records = records;
        this.recorder = recorder;
        this.ended = ended;
        this.clock = clock;
    }

    /** Ends every session left open by the previous run; returns how many. */
    public int endAll() {
        Instant now = clock.instant();
        List<SessionRecord> lost = records.unfinished(now.minus(LOOKBACK)).stream()
                .filter(session -> !ownership.runsSomewhere(session.sessionId()))
                .toList();
        for (SessionRecord session : lost) {
            CaseRequest asked = session.request();
            recorder.recordConfirmed(new SessionEvent(session.sessionId(), SessionEvent.Kind.ENDED, now, asked,
                    session.expertId(), Role.SERVER, EndReason.SESSION_LOST, null,
                    null, null));
            SessionRequest request = new SessionRequest(asked.kioskId(), asked.kioskName(), asked.district(),
                    asked.itemCode(), asked.departmentCode(), asked.caseNumber(), asked.priority(), asked.skill(), 0,
                    asked.requestedAt(), null);
            boolean served = session.expertId() != null && session.acceptedAt() != null;
            ended.add(new EndedSession(session.sessionId(), request, session.expertId(), served, Role.SERVER,
                    EndReason.SESSION_LOST, now, false, session.expertId() == null, session.rating()));
        }
        if (!lost.isEmpty()) {
            log.warn("{} session(s) left open by the previous run ended as SESSION_LOST: {}", lost.size(),
                    lost.stream().map(SessionRecord::sessionId).toList());
        }
        return lost.size();
    }
}
