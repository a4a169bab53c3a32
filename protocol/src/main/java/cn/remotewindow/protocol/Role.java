package cn.remotewindow.protocol;

/** Who takes part in the signaling conversation. SERVER only ever appears as a sender of pushes and in "ended by". */
public enum Role {
    KIOSK,
    EXPERT,
    SERVER
}
