package cn.remotewindow.bench.signaling;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What went wrong, counted from every I/O thread: {@code error} replies, connections that closed
 * while the benchmark still needed them, frames that did not decode, and messages the protocol
 * did not lead us to expect. The first few of each are kept word for word for the report.
 */
final class Tally {

    private static final int EXAMPLES = 8;

    private final AtomicLong errorReplies = new AtomicLong();
    private final AtomicLong unexpectedCloses = new AtomicLong();
    private final AtomicLong connectFailures = new AtomicLong();
    private final AtomicLong undecodable = new AtomicLong();
    private final AtomicLong surprises = new AtomicLong();
    private final AtomicLong noIdleKiosk = new AtomicLong();
    private final AtomicLong queueUpdates = new AtomicLong();
    private final List<String> examples = new ArrayList<>();
    private volatile boolean closing;

    void errorReply(String who, String detail) {
        errorReplies.incrementAndGet();
        example("error reply to " + who + ": " + detail);
    }

    void closed(String who, int code, String reason) {
        if (!closing) {
            unexpectedCloses.incrementAndGet();
            example("connection of " + who + " closed: " + code + " " + reason);
        }
    }

    void connectFailed(String who, Throwable cause) {
        connectFailures.incrementAndGet();
        example("connecting " + who + " failed: " + cause);
    }

    void undecodable(String who, RuntimeException error) {
        undecodable.incrementAndGet();
        example("undecodable frame to " + who + ": " + error.getMessage());
    }

    /** A message that the flow does not explain; the cycle it belongs to will usually be lost too. */
    void surprise(String who, String what) {
        surprises.incrementAndGet();
        example("unexpected at " + who + ": " + what);
    }

    /** The pacer found every kiosk busy: the rate cannot be held with this many kiosks. */
    void noIdleKiosk() {
        noIdleKiosk.incrementAndGet();
    }

    /** A kiosk was told its place in a queue. */
    void queueUpdate() {
        queueUpdates.incrementAndGet();
    }

    long queueUpdates() {
        return queueUpdates.get();
    }

    /** From now on closes are ours. */
    void closing() {
        closing = true;
    }

    /** The errors figure: error replies, unexpected closes, failed connects and undecodable frames. */
    long errors() {
        return errorReplies.get() + unexpectedCloses.get() + connectFailures.get() + undecodable.get();
    }

    long errorReplies() {
        return errorReplies.get();
    }

    long unexpectedCloses() {
        return unexpectedCloses.get();
    }

    long connectFailures() {
        return connectFailures.get();
    }

    long undecodableFrames() {
        return undecodable.get();
    }

    long surprises() {
        return surprises.get();
    }

    long noIdleKioskCount() {
        return noIdleKiosk.get();
    }

    synchronized List<String> examples() {
        return List.copyOf(examples);
    }

    private synchronized void example(String text) {
        if (examples.size() < EXAMPLES) {
            examples.add(text);
        }
    }
}
