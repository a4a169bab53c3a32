package cn.remotewindow.kiosk.screen;

/** How the call's connection is doing, as the media layer judges it. */
public enum NetworkQuality {
    /** Nothing to tell the citizen. */
    GOOD,
    /** Picture or sound may suffer; the call goes on. */
    WEAK,
    /** Media stopped and the connection is being restored (ICE restart, signaling reconnect). */
    RECONNECTING
}
