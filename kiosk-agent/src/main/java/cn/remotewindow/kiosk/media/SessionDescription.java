package cn.remotewindow.kiosk.media;

import java.util.Objects;

/**
 * An SDP offer or answer as it travels through signaling ({@code sdp.offer} / {@code sdp.answer}
 * in docs/protocol.md). {@code iceRestart} is true for offers that restart ICE; it is information
 * for the other side, the SDP itself carries the new credentials.
 */
public record SessionDescription(SdpType type, String sdp, boolean iceRestart) {

    public SessionDescription {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sdp, "sdp");
        if (type == SdpType.ANSWER && iceRestart) {
            throw new IllegalArgumentException("only an offer restarts ICE");
        }
    }

    public static SessionDescription offer(String sdp) {
        return new SessionDescription(SdpType.OFFER, sdp, false);
    }

    public static SessionDescription answer(String sdp) {
        return new SessionDescription(SdpType.ANSWER, sdp, false);
    }
}
