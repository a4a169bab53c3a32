package cn.remotewindow.bench.signaling;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** The steps both signaling benchmarks take between their phases, and their progress lines on stderr. */
final class Phases {

    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

    private Phases() {
    }

    /** Waits out a phase, printing what the cycles are doing every 10 s. */
    static void waitShowingProgress(String phase, Duration length, Cycles cycles, Tally tally)
            throws InterruptedException {
        long end = System.nanoTime() + length.toNanos();
        long start = System.nanoTime();
        while (true) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return;
            }
            TimeUnit.NANOSECONDS.sleep(Math.min(left, PROGRESS_EVERY.toNanos()));
            progress("%s %3.0f s: %d requests sent, %d cycles completed, %d in flight, %d errors", phase,
                    (System.nanoTime() - start) / 1e9, cycles.started(), cycles.completed(), cycles.openCount(),
                    tally.errors());
        }
    }

    /** Waits until every cycle has completed, or until {@code timeout} has passed. */
    static void drain(Cycles cycles, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (cycles.openCount() > 0 && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    static int countOpen(List<? extends SimulatedParty> parties) {
        int open = 0;
        for (SimulatedParty party : parties) {
            if (party.isOpen()) {
                open++;
            }
        }
        return open;
    }

    /** Closes every connection and waits up to 10 s for them to be closed. */
    static void closeAll(List<? extends SimulatedParty> parties) throws InterruptedException {
        for (SimulatedParty party : parties) {
            party.close();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (countOpen(parties) > 0 && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    static void progress(String format, Object... args) {
        System.err.printf(Locale.ROOT, "[bench] " + format + "%n", args);
    }
}
