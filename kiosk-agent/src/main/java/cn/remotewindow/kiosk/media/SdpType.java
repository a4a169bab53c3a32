package cn.remotewindow.kiosk.media;

/** Kind of a session description exchanged with the other party. */
public enum SdpType {
    OFFER,
    ANSWER
}
