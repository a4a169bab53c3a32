package cn.remotewindow.bench.signaling;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The cycles in flight, found by number (from the case number a ring carries) or by session id
 * (once rung). A cycle leaves when it completes; whatever is still here at the end is lost.
 */
final class Cycles {

    private final ConcurrentMap<Long, Cycle> open = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Cycle> bySession = new ConcurrentHashMap<>();
    private final AtomicLong numbers = new AtomicLong();
    private final AtomicLong started = new AtomicLong();
    private final AtomicLong completed = new AtomicLong();
    private final AtomicLong startedMeasured = new AtomicLong();
    private final AtomicLong completedMeasured = new AtomicLong();
    private final AtomicLong queuedMeasured = new AtomicLong();
    private final int candidates;

    Cycles(int candidates) {
        this.candidates = candidates;
    }

    /** A new cycle whose request is about to be sent; its clock starts now. */
    Cycle begin(String skill, boolean measured) {
        Cycle cycle = new Cycle(numbers.incrementAndGet(), skill, measured, candidates, System.nanoTime());
        open.put(cycle.number(), cycle);
        started.incrementAndGet();
        if (measured) {
            startedMeasured.incrementAndGet();
        }
        return cycle;
    }

    /** A call of the failover phase, held open; not measured. */
    Cycle beginHeld(String skill, HeldCall held) {
        Cycle cycle = new Cycle(numbers.incrementAndGet(), skill, false, candidates, System.nanoTime(), held);
        open.put(cycle.number(), cycle);
        started.incrementAndGet();
        return cycle;
    }

    Cycle byNumber(long number) {
        return open.get(number);
    }

    void bind(String sessionId, Cycle cycle) {
        bySession.put(sessionId, cycle);
    }

    Cycle bySession(String sessionId) {
        return sessionId == null ? null : bySession.get(sessionId);
    }

    void unbind(String sessionId) {
        if (sessionId != null) {
            bySession.remove(sessionId);
        }
    }

    void completed(Cycle cycle) {
        if (open.remove(cycle.number()) == null) {
            return;
        }
        completed.incrementAndGet();
        if (cycle.measured()) {
            completedMeasured.incrementAndGet();
            if (cycle.wasQueued()) {
                queuedMeasured.incrementAndGet();
            }
        }
    }

    int openCount() {
        return open.size();
    }

    long started() {
        return started.get();
    }

    long completed() {
        return completed.get();
    }

    long startedMeasured() {
        return startedMeasured.get();
    }

    long completedMeasured() {
        return completedMeasured.get();
    }

    /** Measured cycles that waited in a queue because no expert with the skill was free. */
    long queuedMeasured() {
        return queuedMeasured.get();
    }

    /** Cycles started but not completed: lost, once the run has drained. */
    long lost() {
        return started.get() - completed.get();
    }

    List<String> openProgress(int max) {
        List<String> lines = new ArrayList<>();
        for (Cycle cycle : open.values()) {
            if (lines.size() == max) {
                break;
            }
            lines.add(cycle.progress());
        }
        return lines;
    }
}
