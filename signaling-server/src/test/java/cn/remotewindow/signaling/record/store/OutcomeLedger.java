package cn.remotewindow.signaling.record.store;

import cn.remotewindow.protocol.message.CaseOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * What the experts of a crash test submitted and what the server acknowledged: every
 * {@code outcome.submit} sent, every {@code outcome.recorded} received, every session a kiosk was
 * put through to, and anything unexpected. Thread-safe: the parties' I/O threads write it.
 */
final class OutcomeLedger {

    /**
     * An outcome.submit as sent, keyed by expert and correlation id; {@code caseNumber} is the one
     * its acknowledgement must carry (the one sent, else the request's).
     */
    record Submission(String expertId, String correlationId, String sessionId, CaseOutcome outcome, String caseNumber) {
    }

    /** An outcome.recorded received for a submission. */
    record Acknowledgement(Submission submission, CaseOutcome outcome, String caseNumber, long recordedAt) {
    }

    private final Map<String, Submission> inFlight = new ConcurrentHashMap<>();
    private final List<Acknowledgement> acknowledged = new CopyOnWriteArrayList<>();
    private final Map<String, String> sessions = new ConcurrentHashMap<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final int target;
    private final CountDownLatch targetReachedWithOneInFlight = new CountDownLatch(1);

    /**
     * @param target acknowledgements after which the next submission sent opens
     *               {@link #awaitTargetWithSubmissionInFlight()}
     */
    OutcomeLedger(int target) {
        this.target = target;
    }

    void sessionServed(String sessionId, String expertId) {
        sessions.put(sessionId, expertId);
    }

    /** Call before the message goes out, so that its acknowledgement always finds it. */
    void sending(Submission submission) {
        inFlight.put(key(submission.expertId(), submission.correlationId()), submission);
    }

    /** Right after a submission went out. */
    void sent() {
        if (acknowledged.size() >= target) {
            targetReachedWithOneInFlight.countDown();
        }
    }

    void acknowledged(String expertId, String correlationId, String sessionId, CaseOutcome outcome, String caseNumber,
                      long recordedAt) {
        Submission submission = inFlight.remove(key(expertId, correlationId));
        if (submission == null) {
            problem(expertId + " got outcome.recorded " + correlationId + " for nothing it sent");
            return;
        }
        if (!submission.sessionId().equals(sessionId) || submission.outcome() != outcome
                || !java.util.Objects.equals(submission.caseNumber(), caseNumber)) {
            problem(expertId + " got outcome.recorded " + correlationId + " (" + sessionId + " " + outcome + " "
                    + caseNumber + ") for " + submission);
        }
        acknowledged.add(new Acknowledgement(submission, outcome, caseNumber, recordedAt));
    }

    /** An error answer to a submission: it is no longer in flight, and it is a problem. */
    void refused(String expertId, String correlationId, String error) {
        inFlight.remove(key(expertId, correlationId));
        problem(expertId + " " + correlationId + ": " + error);
    }

    void problem(String problem) {
        problems.add(problem);
    }

    /** Waits until the target is reached and a submission has been sent after it. */
    boolean awaitTargetWithSubmissionInFlight() throws InterruptedException {
        return targetReachedWithOneInFlight.await(60, java.util.concurrent.TimeUnit.SECONDS);
    }

    List<Acknowledgement> acknowledged() {
        return List.copyOf(acknowledged);
    }

    /** Sent and neither acknowledged nor refused. */
    List<Submission> inFlight() {
        return List.copyOf(inFlight.values());
    }

    /** Session id -> the expert who accepted it. */
    Map<String, String> sessions() {
        return Map.copyOf(sessions);
    }

    List<String> problems() {
        return new ArrayList<>(problems);
    }

    Set<String> acknowledgedSessions() {
        Set<String> ids = ConcurrentHashMap.newKeySet();
        acknowledged.forEach(a -> ids.add(a.submission().sessionId()));
        return ids;
    }

    private static String key(String expertId, String correlationId) {
        return expertId + "/" + correlationId;
    }
}
