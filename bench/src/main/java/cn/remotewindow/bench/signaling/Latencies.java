package cn.remotewindow.bench.signaling;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Latency histograms, in microseconds, recorded wait-free from the I/O threads. Both ends of
 * every measured interval live in this JVM, so every figure is a difference of
 * {@link System#nanoTime()} readings.
 *
 * <ul>
 * <li>pairing: the kiosk's {@code service.request} sent until the expert received the {@code ring};
 * <li>relay: an offer, answer or candidate sent by one party until the other received it
 *     (also kept apart as sdp and candidate relays);
 * <li>setup: the request sent until the kiosk was told the call is ACTIVE.
 * </ul>
 */
final class Latencies {

    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(5);

    private final Recorder pairing = recorder();
    private final Recorder relay = recorder();
    private final Recorder sdpRelay = recorder();
    private final Recorder candidateRelay = recorder();
    private final Recorder setup = recorder();

    void pairing(long sentNanos, long receivedNanos) {
        record(pairing, sentNanos, receivedNanos);
    }

    void sdpRelay(long sentNanos, long receivedNanos) {
        record(relay, sentNanos, receivedNanos);
        record(sdpRelay, sentNanos, receivedNanos);
    }

    void candidateRelay(long sentNanos, long receivedNanos) {
        record(relay, sentNanos, receivedNanos);
        record(candidateRelay, sentNanos, receivedNanos);
    }

    void setup(long sentNanos, long receivedNanos) {
        record(setup, sentNanos, receivedNanos);
    }

    /** Everything recorded so far, as one snapshot per histogram; recording starts afresh. */
    Snapshot takeSnapshot() {
        return new Snapshot(pairing.getIntervalHistogram(), relay.getIntervalHistogram(),
                sdpRelay.getIntervalHistogram(), candidateRelay.getIntervalHistogram(), setup.getIntervalHistogram());
    }

    record Snapshot(Histogram pairing, Histogram relay, Histogram sdpRelay, Histogram candidateRelay,
                    Histogram setup) {
    }

    private static Recorder recorder() {
        return new Recorder(HIGHEST_MICROS, 3);
    }

    private static void record(Recorder recorder, long sentNanos, long receivedNanos) {
        long micros = Math.max(0, (receivedNanos - sentNanos) / 1000);
        recorder.recordValue(Math.min(micros, HIGHEST_MICROS));
    }
}
