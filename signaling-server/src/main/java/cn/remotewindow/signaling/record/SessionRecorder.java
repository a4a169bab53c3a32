package cn.remotewindow.signaling.record;

/** Receives every session event, e.g. to record it against the case. Must not block. */
public interface SessionRecorder {

    void record(SessionEvent event);
}
