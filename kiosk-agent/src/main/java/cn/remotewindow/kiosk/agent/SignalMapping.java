package cn.remotewindow.kiosk.agent;

import cn.remotewindow.kiosk.media.IceCandidate;
import cn.remotewindow.kiosk.media.IceServer;
import cn.remotewindow.kiosk.media.SdpType;
import cn.remotewindow.kiosk.media.SessionDescription;
import cn.remotewindow.protocol.message.Message;
import cn.remotewindow.protocol.message.SdpAnswer;
import cn.remotewindow.protocol.message.SdpOffer;
import java.util.List;

/**
 * Between the media layer's values and the protocol's messages ({@code sdp.offer},
 * {@code sdp.answer}, {@code ice.candidate}, {@code session.established.iceServers}). The media
 * layer knows nothing of the protocol; this is the one place that knows both.
 */
public final class SignalMapping {

    private SignalMapping() {
    }

    public static Message toMessage(SessionDescription description) {
        return description.type() == SdpType.OFFER
                ? new SdpOffer(description.sdp(), description.iceRestart())
                : new SdpAnswer(description.sdp());
    }

    public static Message toMessage(IceCandidate candidate) {
        return new cn.remotewindow.protocol.message.IceCandidate(candidate.candidate(), candidate.sdpMid(),
                candidate.sdpMLineIndex() < 0 ? null : candidate.sdpMLineIndex(), candidate.usernameFragment());
    }

    /** The same, addressed to one party of a three-party call (protocol 8.7). */
    public static Message toMessage(SessionDescription description, String to) {
        return description.type() == SdpType.OFFER
                ? new SdpOffer(description.sdp(), description.iceRestart(), to, null)
                : new SdpAnswer(description.sdp(), to, null);
    }

    /** The same, addressed to one party of a three-party call (protocol 8.7). */
    public static Message toMessage(IceCandidate candidate, String to) {
        return new cn.remotewindow.protocol.message.IceCandidate(candidate.candidate(), candidate.sdpMid(),
                candidate.sdpMLineIndex() < 0 ? null : candidate.sdpMLineIndex(), candidate.usernameFragment(), to, null);
    }

    public static SessionDescription fromOffer(SdpOffer offer) {
        return new SessionDescription(SdpType.OFFER, offer.sdp(), Boolean.TRUE.equals(offer.iceRestart()));
    }

    public static SessionDescription fromAnswer(SdpAnswer answer) {
        return SessionDescription.answer(answer.sdp());
    }

    public static IceCandidate fromMessage(cn.remotewindow.protocol.message.IceCandidate candidate) {
        return new IceCandidate(candidate.candidate(), candidate.sdpMid(),
                candidate.sdpMLineIndex() == null ? -1 : candidate.sdpMLineIndex(), candidate.usernameFragment());
    }

    public static List<IceServer> iceServers(List<cn.remotewindow.protocol.message.IceServer> servers) {
        return servers.stream().map(s -> new IceServer(s.urls(), s.username(), s.credential())).toList();
    }
}
