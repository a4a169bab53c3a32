package cn.remotewindow.protocol.message;

/** An expert's presence. Experts set AVAILABLE and AWAY; the server sets BUSY and OFFLINE. */
public enum ExpertState {
    AVAILABLE,
    BUSY,
    AWAY,
    OFFLINE
}
