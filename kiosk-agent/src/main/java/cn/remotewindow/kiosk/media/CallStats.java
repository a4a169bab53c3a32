package cn.remotewindow.kiosk.media;

/**
 * A snapshot of a call's transport and media counters, summed over all tracks of a kind.
 * Counters are totals since the call started; bitrates are averages since the previous snapshot
 * of the same peer (0 for the first).
 *
 * @param roundTripMillis         current RTT of the selected candidate pair, -1 when not measured yet
 * @param packetsLostReceiving    RTP packets that did not reach us (inbound, all tracks)
 * @param packetsLostSending      RTP packets of ours the other side reported lost
 * @param sendKbps                outgoing bitrate (all RTP), kbit/s
 * @param receiveKbps             incoming bitrate (all RTP), kbit/s
 * @param videoFramesSent         video frames encoded and sent (all video tracks)
 * @param videoFramesReceived     video frames received (all video tracks)
 * @param videoFramesDecoded      video frames decoded (all video tracks)
 * @param audioPacketsSent        audio RTP packets sent
 * @param audioPacketsReceived    audio RTP packets received
 * @param videoCodecs             video codecs in use, e.g. "VP8" (comma-separated, sorted)
 */
public record CallStats(
        double roundTripMillis,
        long packetsLostReceiving,
        long packetsLostSending,
        long bytesSent,
        long bytesReceived,
        double sendKbps,
        double receiveKbps,
        long videoFramesSent,
        long videoFramesReceived,
        long videoFramesDecoded,
        long audioPacketsSent,
        long audioPacketsReceived,
        String videoCodecs,
        long timestampMicros) {
}
