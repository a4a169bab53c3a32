package cn.remotewindow.kiosk.screen;

/**
 * The problems the citizen is told about. Each has two texts in the bundles, in plain words:
 * what happened ({@code error.NAME.what}) and what to do next ({@code error.NAME.next}); all
 * offer "try again" and "back to start". The controller maps protocol conditions to these (the
 * table is in SCREEN.md); technical detail belongs in the log, not on the screen.
 */
public enum ScreenError {
    /** The signaling server or the HTTP API cannot be reached, or sign-in failed. */
    SERVER_UNREACHABLE,
    /** Nobody with the skill is signed on, and the kiosk gave up waiting. */
    NO_EXPERT_ONLINE,
    /** An established call ended without anyone hanging up (DISCONNECTED, TECHNICAL_PROBLEM). */
    CALL_DROPPED,
    /** The expert accepted but media never connected (CONNECT_TIMEOUT). */
    CONNECT_FAILED,
    /** The server is shutting down for maintenance (SERVER_SHUTDOWN). */
    SERVICE_PAUSED,
    /** The kiosk's camera or microphone does not work. */
    DEVICE_PROBLEM,
    /** Anything else. */
    UNEXPECTED
}
