package cn.remotewindow.protocol.message;

/** Which side creates offers in a session. Only the offerer sends sdp.offer, which avoids glare. */
public enum SdpRole {
    OFFERER,
    ANSWERER
}
