package cn.remotewindow.kiosk.media;

import dev.onvoid.webrtc.RTCStats;
import dev.onvoid.webrtc.RTCStatsReport;
import dev.onvoid.webrtc.RTCStatsType;
import java.util.Map;
import java.util.TreeSet;

/** Reads a {@link CallStats} out of libwebrtc's stats report (names as in W3C webrtc-stats). */
final class StatsReader {

    private StatsReader() {
    }

    static CallStats read(RTCStatsReport report, CallStats previous) {
        Map<String, RTCStats> all = report.getStats();
        double rtt = -1;
        long bestPairBytes = -1;
        long lostIn = 0;
        long lostOut = 0;
        long bytesSent = 0;
        long bytesReceived = 0;
        long framesSent = 0;
        long framesReceived = 0;
        long framesDecoded = 0;
        long audioSent = 0;
        long audioReceived = 0;
        TreeSet<String> codecs = new TreeSet<>();
        for (RTCStats stats : all.values()) {
            Map<String, Object> a = stats.getAttributes();
            RTCStatsType type = stats.getType();
            boolean video = "video".equals(a.get("kind"));
            if (type == RTCStatsType.CANDIDATE_PAIR) {
                long pairBytes = number(a, "bytesSent");
                if (Boolean.TRUE.equals(a.get("nominated")) && "succeeded".equals(a.get("state"))
                        && a.get("currentRoundTripTime") != null && pairBytes > bestPairBytes) {
                    bestPairBytes = pairBytes;
                    rtt = ((Number) a.get("currentRoundTripTime")).doubleValue() * 1000;
                }
            } else if (type == RTCStatsType.INBOUND_RTP) {
                lostIn += number(a, "packetsLost");
                bytesReceived += number(a, "bytesReceived");
                if (video) {
                    framesReceived += number(a, "framesReceived");
                    framesDecoded += number(a, "framesDecoded");
                    codecName(all, a).ifPresent(codecs::add);
                } else {
                    audioReceived += number(a, "packetsReceived");
                }
            } else if (type == RTCStatsType.OUTBOUND_RTP) {
                bytesSent += number(a, "bytesSent");
                if (video) {
                    framesSent += number(a, "framesSent");
                    codecName(all, a).ifPresent(codecs::add);
                } else {
                    audioSent += number(a, "packetsSent");
                }
            } else if (type == RTCStatsType.REMOTE_INBOUND_RTP) {
                lostOut += number(a, "packetsLost");
            }
        }
        long now = report.getTimestamp();
        double sendKbps = 0;
        double receiveKbps = 0;
        if (previous != null && now > previous.timestampMicros()) {
            double seconds = (now - previous.timestampMicros()) / 1e6;
            sendKbps = Math.max(0, bytesSent - previous.bytesSent()) * 8 / 1000.0 / seconds;
            receiveKbps = Math.max(0, bytesReceived - previous.bytesReceived()) * 8 / 1000.0 / seconds;
        }
        return new CallStats(rtt, lostIn, lostOut, bytesSent, bytesReceived, sendKbps, receiveKbps,
                framesSent, framesReceived, framesDecoded, audioSent, audioReceived,
                String.join(",", codecs), now);
    }

    private static java.util.Optional<String> codecName(Map<String, RTCStats> all, Map<String, Object> rtp) {
        Object codecId = rtp.get("codecId");
        RTCStats codec = codecId == null ? null : all.get(codecId.toString());
        if (codec == null || codec.getAttributes().get("mimeType") == null) {
            return java.util.Optional.empty();
        }
        String mime = codec.getAttributes().get("mimeType").toString();
        return java.util.Optional.of(mime.substring(mime.indexOf('/') + 1));
    }

    private static long number(Map<String, Object> attributes, String name) {
        Object value = attributes.get(name);
        return value instanceof Number n ? n.longValue() : 0;
    }
}
