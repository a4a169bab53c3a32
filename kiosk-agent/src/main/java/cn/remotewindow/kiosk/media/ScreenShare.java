package cn.remotewindow.kiosk.media;

import dev.onvoid.webrtc.PeerConnectionFactory;
import dev.onvoid.webrtc.RTCPeerConnection;
import dev.onvoid.webrtc.RTCRtpTransceiver;
import dev.onvoid.webrtc.RTCRtpTransceiverDirection;
import dev.onvoid.webrtc.RTCRtpTransceiverInit;
import dev.onvoid.webrtc.media.video.VideoTrack;
import java.util.List;
import java.util.function.Consumer;

/**
 * The peer's screen share: a second outgoing video track in its own transceiver, labelled with
 * stream id "screen" so the other side can tell it from the camera.
 *
 * <p>The first share adds the transceiver; stopping replaces the track with none and sets the
 * transceiver inactive; sharing again puts a track back and sets it send-only. So the SDP keeps
 * one screen m-line however often the citizen shares, and each change renegotiates through the
 * peer's "negotiation needed" event. Runs on the peer thread.
 */
final class ScreenShare {

    private final RTCPeerConnection pc;
    private final PeerConnectionFactory factory;
    private final String name;
    private final Consumer<VideoTrack> retire;
    private final Runnable preferCodecs;
    private RTCRtpTransceiver transceiver;
    private VideoTrack track;
    private int shares;

    /**
     * @param retire  takes tracks no longer sent; they are disposed after the connection closes
     *                (disposing a track a sender may still hold fails)
     */
    ScreenShare(RTCPeerConnection pc, PeerConnectionFactory factory, String name, Consumer<VideoTrack> retire,
                Runnable preferCodecs) {
        this.pc = pc;
        this.factory = factory;
        this.name = name;
        this.retire = retire;
        this.preferCodecs = preferCodecs;
    }

    boolean active() {
        return track != null;
    }

    void start(VideoFeed feed) {
        if (track != null) {
            throw new IllegalStateException(name + " is already sharing its screen");
        }
        track = factory.createVideoTrack(name + "-screen-" + (++shares), feed.nativeSource());
        if (transceiver == null) {
            RTCRtpTransceiverInit init = new RTCRtpTransceiverInit();
            init.direction = RTCRtpTransceiverDirection.SEND_ONLY;
            init.streamIds = List.of(RemoteVideo.SCREEN_STREAM);
            transceiver = pc.addTransceiver(track, init);
            preferCodecs.run();
        } else {
            transceiver.getSender().replaceTrack(track);
            transceiver.setDirection(RTCRtpTransceiverDirection.SEND_ONLY);
        }
    }

    void stop() {
        if (track == null) {
            return;
        }
        transceiver.getSender().replaceTrack(null);
        transceiver.setDirection(RTCRtpTransceiverDirection.INACTIVE);
        retire.accept(track);
        track = null;
    }

    /** The track being sent now, if any, for disposal at close. */
    VideoTrack current() {
        return track;
    }
}
