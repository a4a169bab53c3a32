package cn.remotewindow.signaling.record;

/** Receives every session event, e.g. to record it against the case. */
public interface SessionRecorder {

    /** Records the event without blocking the caller; a failure is logged by the recorder. */
    void record(SessionEvent event);

    /**
     * Records the event and returns once it is safely stored: for what a party is told was
     * recorded (the case outcome). Throws when it could not be stored.
     */
    default void recordConfirmed(SessionEvent event) {
        record(event);
    }

    /**
     * Records the event; the future completes once it is safely stored, or fails with why not.
     * For what a party is told was recorded, without holding the caller's thread meanwhile.
     */
    default java.util.concurrent.CompletableFuture<Void> recordSafely(SessionEvent event) {
        try {
            recordConfirmed(event);
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        } catch (RuntimeException e) {
            return java.util.concurrent.CompletableFuture.failedFuture(e);
        }
    }
}
