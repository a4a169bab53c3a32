package cn.remotewindow.signaling.session;

import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.message.OutcomeRecorded;
import cn.remotewindow.protocol.message.OutcomeSubmit;
import cn.remotewindow.signaling.inbound.Inbound;
import cn.remotewindow.signaling.record.SessionOutcome;
import java.util.Optional;

/**
 * The expert records the case outcome (办理结果) of the session they serve: during the call, or
 * after it ended while they wrap up, within the rating window. Each submission is recorded; the
 * latest stands. Runs on the session's owner thread; the answer goes out once the outcome is stored.
 */
public final class OutcomeDesk {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(OutcomeDesk.class);

    private final EndedSessions ended;
    private final Journal journal;

    private final Recorded recorded;

    /** Hears of each outcome once it is stored (on the writer's thread: hand it on, do not block). */
    @FunctionalInterface
    public interface Recorded {
        void outcome(String sessionId, SessionRequest request, SessionOutcome outcome);
    }

    public OutcomeDesk(EndedSessions ended, Journal journal) {
        this(ended, journal, (sessionId, request, outcome) -> { });
    }

    public OutcomeDesk(EndedSessions ended, Journal journal, Recorded recorded) {
        this.ended = ended;
        this.journal = journal;
        this.recorded = recorded;
    }

    public void record(Inbound<OutcomeSubmit> in, Optional<Session> open) {
        String expertId = in.from().id();
        SessionRequest request = open
                .filter(session -> session.inCall() && expertId.equals(session.call().expertId()))
                .map(Session::request)
                .or(() -> ended.find(in.sessionId()).filter(session -> session.servedBy(expertId)).map(EndedSession::request))
                .orElse(null);
        if (request == null) {
            in.fail(ErrorCode.NOT_IN_SESSION, "no call of yours to record an outcome for"
                    + " (unknown, not yours, not accepted, or ended longer ago than the wrap-up window)");
            return;
        }
        OutcomeSubmit submit = in.message();
        String caseNumber = submit.caseNumber() != null ? submit.caseNumber() : request.caseNumber();
        if (caseNumber == null && submit.outcome().needsCaseNumber()) {
            in.fail(ErrorCode.MISSING_FIELD, "'caseNumber' is required for " + submit.outcome()
                    + ": the request named no case");
            return;
        }
        // Answered when the store has committed it, from the writer's thread: the session's thread
        // (and every other session on it) does not wait for the database meanwhile.
        SessionOutcome outcome = new SessionOutcome(submit.outcome(), caseNumber, submit.missingDocuments(),
                submit.reason(), submit.notes());
        journal.outcome(in.sessionId(), request, expertId, outcome)
                .whenComplete((at, failure) -> {
                    if (failure != null) {
                        log.error("session {}: the outcome of {} was not recorded", in.sessionId(), expertId, failure);
                        in.fail(ErrorCode.INTERNAL_ERROR, "the outcome could not be recorded; nothing was saved,"
                                + " send it again");
                    } else {
                        recorded.outcome(in.sessionId(), request, outcome);
                        in.reply(new OutcomeRecorded(submit.outcome(), caseNumber, at.toEpochMilli()));
                    }
                });
    }
}
