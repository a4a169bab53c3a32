package cn.remotewindow.bench.signaling;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends new service requests at a steady rate from one thread: request n is due at
 * start + n / rate, whatever happened before, so a stall is followed by catching up rather than
 * by silently sending fewer requests. Each request goes to the kiosk that has been free the
 * longest, for the skills in turn (or as a {@link SkillChoice} decides).
 */
final class RequestPacer implements Runnable {

    /** Measurement phases, switched by the benchmark's main thread. */
    enum Phase { WARMUP, MEASURING, STOPPED }

    /** Which item code the {@code n}-th request asks for, sent by this kiosk. Called on the pacer's thread only. */
    @FunctionalInterface
    interface SkillChoice {
        String skillFor(SimulatedKiosk kiosk, long n);
    }

    private final Queue<SimulatedKiosk> free = new ConcurrentLinkedQueue<>();
    private final double rate;
    private final SkillChoice skills;
    private final Tally tally;
    private volatile Phase phase = Phase.WARMUP;

    /** The skills in turn, whoever the kiosk is. */
    RequestPacer(double rate, int skills, Tally tally) {
        this(rate, (kiosk, n) -> skill((int) (n % skills)), tally);
    }

    RequestPacer(double rate, SkillChoice skills, Tally tally) {
        this.rate = rate;
        this.skills = skills;
        this.tally = tally;
    }

    /** A kiosk is free for its next request. */
    void free(SimulatedKiosk kiosk) {
        free.add(kiosk);
    }

    void phase(Phase next) {
        phase = next;
    }

    static String skill(int index) {
        return String.format("ITEM-%03d", index + 1);
    }

    @Override
    public void run() {
        long start = System.nanoTime();
        double periodNanos = 1e9 / rate;
        long sent = 0;
        while (true) {
            Phase now = phase;
            if (now == Phase.STOPPED) {
                return;
            }
            long due = start + (long) (sent * periodNanos);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
                continue;
            }
            SimulatedKiosk kiosk = free.poll();
            if (kiosk == null) {
                tally.noIdleKiosk();
            } else {
                kiosk.request(skills.skillFor(kiosk, sent), now == Phase.MEASURING);
            }
            sent++;
        }
    }
}
