package cn.remotewindow.kiosk.media;

import dev.onvoid.webrtc.PeerConnectionFactory;
import dev.onvoid.webrtc.RTCRtpCodecCapability;
import dev.onvoid.webrtc.media.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The codecs a call offers, in order of preference: Opus for audio; VP8, then H.264 where this
 * build has it, for video (every browser decodes both in hardware or software; VP9 and AV1 cost
 * a kiosk's CPU too much). RTX, RED and ULPFEC stay for loss recovery. Shorter codec lists also
 * keep the SDP well under the signaling server's 32 KiB limit.
 */
final class Codecs {

    private static final List<String> AUDIO = List.of("opus");
    private static final List<String> VIDEO = List.of("vp8", "h264", "rtx", "red", "ulpfec");

    private final List<RTCRtpCodecCapability> audio;
    private final List<RTCRtpCodecCapability> video;

    Codecs(PeerConnectionFactory factory) {
        this.audio = ordered(factory.getRtpReceiverCapabilities(MediaType.AUDIO).getCodecs(), AUDIO);
        this.video = ordered(factory.getRtpReceiverCapabilities(MediaType.VIDEO).getCodecs(), VIDEO);
    }

    List<RTCRtpCodecCapability> audio() {
        return audio;
    }

    List<RTCRtpCodecCapability> video() {
        return video;
    }

    boolean hasH264() {
        return video.stream().anyMatch(c -> c.getName().equalsIgnoreCase("h264"));
    }

    private static List<RTCRtpCodecCapability> ordered(List<RTCRtpCodecCapability> available, List<String> wanted) {
        List<RTCRtpCodecCapability> out = new ArrayList<>();
        for (String name : wanted) {
            for (RTCRtpCodecCapability codec : available) {
                if (codec.getName().toLowerCase(Locale.ROOT).equals(name)) {
                    out.add(codec);
                }
            }
        }
        return out;
    }
}
