package cn.remotewindow.bench.signaling;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * How late a sleeping thread wakes up on this machine, measured before any load: the thread
 * parks for 1 ms, over and over, and the overshoot is recorded. Every relayed message wakes
 * several threads on its way (the sender's, the server's I/O and session threads, the
 * receiver's), so this is a floor under the relay latency that no server code can lower; on a
 * virtual machine it is set by how fast the hypervisor resumes an idle virtual CPU.
 */
final class WakeupFloor {

    private static final long PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private WakeupFloor() {
    }

    /** @return the overshoot in microseconds */
    static Histogram measure(int samples) {
        Histogram overshoot = new Histogram(TimeUnit.SECONDS.toMicros(10), 3);
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            LockSupport.parkNanos(PARK_NANOS);
            long late = System.nanoTime() - start - PARK_NANOS;
            overshoot.recordValue(Math.min(Math.max(0, late / 1000), TimeUnit.SECONDS.toMicros(10)));
        }
        return overshoot;
    }
}
