package cn.remotewindow.kiosk.media;

/**
 * What a {@link CallPeer} tells its owner. Every method runs on the peer's own thread, one at a
 * time, never on a native thread; none is called after {@link CallPeer#close()} returns.
 * Keep them short: the peer's negotiation waits while one runs.
 */
public interface PeerListener {

    /** A local offer or answer to send to the other side ({@code sdp.offer} / {@code sdp.answer}). */
    void onLocalDescription(SessionDescription description);

    /** A local ICE candidate to send ({@code ice.candidate}); the last one is end-of-candidates. */
    void onLocalCandidate(IceCandidate candidate);

    /** The connection state changed; the first CONNECTED is when to send {@code peer.connected}. */
    default void onConnectionState(PeerState state) {
    }

    /** The control data channel is open; messages sent earlier have just gone out. */
    default void onControlOpen() {
    }

    /** A text message on the control data channel. */
    default void onMessage(String text) {
    }

    /** The other side started sending a video track (camera, or screen: {@link RemoteVideo#isScreen()}). */
    default void onRemoteVideo(RemoteVideo video) {
    }

    /** The other side stopped that video track (e.g. ended its screen share). */
    default void onRemoteVideoEnded(RemoteVideo video) {
    }

    /** The other side's audio track arrived. */
    default void onRemoteAudio(RemoteAudio audio) {
    }
}
