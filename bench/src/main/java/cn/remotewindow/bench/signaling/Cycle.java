package cn.remotewindow.bench.signaling;

/**
 * One full cycle: a kiosk's request, the ring, the accept, the relayed offer, answer and
 * candidates, the call going ACTIVE and its end. Complete only when both parties were told the
 * session ended and each received everything the other sent. Updated from both parties' I/O
 * threads, hence synchronized.
 */
final class Cycle {

    private final long number;
    private final String skill;
    private final boolean measured;
    private final int candidates;
    private final long requestSentNanos;
    private final HeldCall held;

    private String sessionId;
    private SimulatedExpert expert;
    private boolean queued;
    private boolean rung;
    private boolean kioskGotAnswer;
    private int kioskGotCandidates;
    private boolean expertGotOffer;
    private int expertGotCandidates;
    private boolean connectedSent;
    private boolean kioskEnded;
    private boolean expertEnded;

    Cycle(long number, String skill, boolean measured, int candidates, long requestSentNanos) {
        this(number, skill, measured, candidates, requestSentNanos, null);
    }

    /** @param held for a call of the failover phase, held open until told to end; null for a timed cycle */
    Cycle(long number, String skill, boolean measured, int candidates, long requestSentNanos, HeldCall held) {
        this.number = number;
        this.skill = skill;
        this.measured = measured;
        this.candidates = candidates;
        this.requestSentNanos = requestSentNanos;
        this.held = held;
    }

    /** The case number the kiosk sends; the ring carries it back to the expert, which finds the cycle by it. */
    static String caseNumberOf(long number) {
        return "BENCH-" + number;
    }

    /** @return the cycle number, or -1 if the case number is not one of ours */
    static long numberOf(String caseNumber) {
        if (caseNumber == null || !caseNumber.startsWith("BENCH-")) {
            return -1;
        }
        try {
            return Long.parseLong(caseNumber, 6, caseNumber.length(), 10);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    long number() {
        return number;
    }

    String caseNumber() {
        return caseNumberOf(number);
    }

    String skill() {
        return skill;
    }

    /** Started inside the measured window: its latencies count. */
    boolean measured() {
        return measured;
    }

    long requestSentNanos() {
        return requestSentNanos;
    }

    /** The failover phase's state of this call, or null for a cycle that hangs up after the hold time. */
    HeldCall held() {
        return held;
    }

    synchronized String sessionId() {
        return sessionId;
    }

    synchronized void sessionId(String id) {
        if (sessionId == null) {
            sessionId = id;
        }
    }

    synchronized void queued() {
        queued = true;
    }

    synchronized boolean wasQueued() {
        return queued;
    }

    /** @return false if this cycle was already rung (a second ring is a surprise) */
    synchronized boolean rung(String id, SimulatedExpert by) {
        sessionId(id);
        if (rung) {
            return false;
        }
        rung = true;
        expert = by;
        return true;
    }

    synchronized SimulatedExpert expert() {
        return expert;
    }

    /**
     * Odd cycles are ended by the expert, even ones by the kiosk, so that both ways are exercised;
     * a held call by neither on a timer.
     */
    boolean expertHangsUp() {
        return held == null && (number & 1) == 1;
    }

    boolean kioskHangsUp() {
        return held == null && (number & 1) == 0;
    }

    /** @return true once the kiosk has the answer and all candidates: it reports the call connected, once */
    synchronized boolean kioskGotAnswer() {
        kioskGotAnswer = true;
        return readyToConnect();
    }

    synchronized boolean kioskGotCandidate() {
        kioskGotCandidates++;
        return readyToConnect();
    }

    private boolean readyToConnect() {
        if (connectedSent || !kioskGotAnswer || kioskGotCandidates < candidates) {
            return false;
        }
        connectedSent = true;
        return true;
    }

    synchronized void expertGotOffer() {
        expertGotOffer = true;
    }

    synchronized void expertGotCandidate() {
        expertGotCandidates++;
    }

    /** @return true when this completes the cycle */
    synchronized boolean kioskEnded() {
        kioskEnded = true;
        return isComplete();
    }

    /** @return true when this completes the cycle */
    synchronized boolean expertEnded() {
        expertEnded = true;
        return isComplete();
    }

    synchronized boolean isComplete() {
        return kioskEnded && expertEnded && rung && kioskGotAnswer && expertGotOffer
                && kioskGotCandidates == candidates && expertGotCandidates == candidates;
    }

    /** Which steps were seen, for the report of a lost cycle. */
    synchronized String progress() {
        return "cycle " + number + " session " + sessionId + ": rung=" + rung + " queued=" + queued
                + " offer=" + expertGotOffer + " answer=" + kioskGotAnswer
                + " candidates(k<-e)=" + kioskGotCandidates + " candidates(e<-k)=" + expertGotCandidates
                + " connected=" + connectedSent + " ended(k)=" + kioskEnded + " ended(e)=" + expertEnded;
    }
}
