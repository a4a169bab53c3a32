package cn.remotewindow.kiosk.media;

/**
 * The peer connection's overall state ({@code RTCPeerConnection.connectionState}). The first
 * {@link #CONNECTED} is when the kiosk sends {@code peer.connected}; {@link #DISCONNECTED} often
 * recovers by itself, {@link #FAILED} needs an ICE restart (docs/protocol.md 8.2).
 */
public enum PeerState {
    NEW,
    CONNECTING,
    CONNECTED,
    DISCONNECTED,
    FAILED,
    CLOSED
}
