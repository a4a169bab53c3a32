package cn.remotewindow.protocol.message;

/** The session state machine; see docs/protocol.md for the transitions. */
public enum SessionPhase {
    REQUESTED,
    QUEUED,
    RINGING,
    CONNECTING,
    ACTIVE,
    ENDED
}
