package cn.remotewindow.bench.signaling;

import cn.remotewindow.protocol.message.IceCandidate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Session descriptions and candidates shaped like a browser's: audio, camera video with the usual
 * codec list, a data channel; candidates of the host, server-reflexive and relay kinds. The
 * server relays them without reading them, so only their size and shape matter. A small pool is
 * made up front so that building them costs the benchmark nothing while it runs. Addresses are
 * documentation ranges (RFC 5737): nothing is ever sent to them.
 */
final class SyntheticSdp {

    private static final int POOL = 32;

    private final List<String> offers = new ArrayList<>(POOL);
    private final List<String> answers = new ArrayList<>(POOL);
    private final List<List<IceCandidate>> kioskCandidates = new ArrayList<>(POOL);
    private final List<List<IceCandidate>> expertCandidates = new ArrayList<>(POOL);

    SyntheticSdp(int targetBytes, int candidatesPerSide) {
        SplittableRandom random = new SplittableRandom(20261121L);
        for (int i = 0; i < POOL; i++) {
            offers.add(description(random, targetBytes, "actpass"));
            answers.add(description(random, targetBytes, "active"));
            kioskCandidates.add(candidates(random, candidatesPerSide, "192.0.2."));
            expertCandidates.add(candidates(random, candidatesPerSide, "198.51.100."));
        }
    }

    String offer(long cycle) {
        return offers.get((int) (cycle % POOL));
    }

    String answer(long cycle) {
        return answers.get((int) (cycle % POOL));
    }

    List<IceCandidate> kioskCandidates(long cycle) {
        return kioskCandidates.get((int) (cycle % POOL));
    }

    List<IceCandidate> expertCandidates(long cycle) {
        return expertCandidates.get((int) (cycle % POOL));
    }

    static String description(SplittableRandom random, int targetBytes, String setup) {
        String ufrag = token(random, 4);
        String pwd = token(random, 24);
        String fingerprint = fingerprint(random);
        StringBuilder sdp = new StringBuilder(targetBytes + 512);
        sdp.append("v=0\r\n")
                .append("o=- ").append(Math.abs(random.nextLong())).append(" 2 IN IP4 127.0.0.1\r\n")
                .append("s=-\r\nt=0 0\r\n")
                .append("a=group:BUNDLE 0 1 2\r\n")
                .append("a=extmap-allow-mixed\r\n")
                .append("a=msid-semantic: WMS window\r\n");
        media(sdp, "audio", "111 63 9 0 8 13 110 126", ufrag, pwd, fingerprint, setup, "0");
        sdp.append("a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level\r\n")
                .append("a=extmap:2 http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time\r\n")
                .append("a=extmap:3 http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01\r\n")
                .append("a=extmap:4 urn:ietf:params:rtp-hdrext:sdes:mid\r\n")
                .append("a=sendrecv\r\na=msid:window audio0\r\na=rtcp-mux\r\n")
                .append("a=rtpmap:111 opus/48000/2\r\na=rtcp-fb:111 transport-cc\r\n")
                .append("a=fmtp:111 minptime=10;useinbandfec=1\r\n")
                .append("a=rtpmap:63 red/48000/2\r\na=fmtp:63 111/111\r\n")
                .append("a=rtpmap:9 G722/8000\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:8 PCMA/8000\r\n")
                .append("a=rtpmap:13 CN/8000\r\na=rtpmap:110 telephone-event/48000\r\na=rtpmap:126 telephone-event/8000\r\n");
        ssrc(sdp, random, "audio0");
        media(sdp, "video", "96 97 102 103 104 105 106 107 108 109 127 125 39 40 45 46 98 99 100 101",
                ufrag, pwd, fingerprint, setup, "1");
        sdp.append("a=extmap:14 urn:ietf:params:rtp-hdrext:toffset\r\n")
                .append("a=extmap:13 urn:3gpp:video-orientation\r\n")
                .append("a=extmap:5 http://www.webrtc.org/experiments/rtp-hdrext/playout-delay\r\n")
                .append("a=sendrecv\r\na=msid:window video0\r\na=rtcp-mux\r\na=rtcp-rsize\r\n");
        int payload = 96;
        String[] codecs = {"VP8/90000", "VP9/90000", "H264/90000", "AV1/90000", "H265/90000"};
        int codec = 0;
        // Codec after codec, each with its retransmission twin, until the description has the size of a real one.
        while (sdp.length() < targetBytes - 900) {
            String name = codecs[codec % codecs.length];
            int pt = payload++;
            sdp.append("a=rtpmap:").append(pt).append(' ').append(name).append("\r\n")
                    .append("a=rtcp-fb:").append(pt).append(" goog-remb\r\n")
                    .append("a=rtcp-fb:").append(pt).append(" transport-cc\r\n")
                    .append("a=rtcp-fb:").append(pt).append(" ccm fir\r\n")
                    .append("a=rtcp-fb:").append(pt).append(" nack\r\n")
                    .append("a=rtcp-fb:").append(pt).append(" nack pli\r\n");
            if (name.startsWith("H264")) {
                sdp.append("a=fmtp:").append(pt)
                        .append(" level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f\r\n");
            } else if (name.startsWith("VP9")) {
                sdp.append("a=fmtp:").append(pt).append(" profile-id=").append(codec % 3).append("\r\n");
            }
            int rtx = payload++;
            sdp.append("a=rtpmap:").append(rtx).append(" rtx/90000\r\n")
                    .append("a=fmtp:").append(rtx).append(" apt=").append(pt).append("\r\n");
            codec++;
        }
        ssrc(sdp, random, "video0");
        media(sdp, "application", "webrtc-datachannel", ufrag, pwd, fingerprint, setup, "2");
        sdp.append("a=sctp-port:5000\r\na=max-message-size:262144\r\n");
        return sdp.toString();
    }

    private static void media(StringBuilder sdp, String kind, String formats, String ufrag, String pwd,
                              String fingerprint, String setup, String mid) {
        String proto = kind.equals("application") ? "UDP/DTLS/SCTP" : "UDP/TLS/RTP/SAVPF";
        sdp.append("m=").append(kind).append(" 9 ").append(proto).append(' ').append(formats).append("\r\n")
                .append("c=IN IP4 0.0.0.0\r\n")
                .append("a=rtcp:9 IN IP4 0.0.0.0\r\n")
                .append("a=ice-ufrag:").append(ufrag).append("\r\n")
                .append("a=ice-pwd:").append(pwd).append("\r\n")
                .append("a=ice-options:trickle\r\n")
                .append("a=fingerprint:sha-256 ").append(fingerprint).append("\r\n")
                .append("a=setup:").append(setup).append("\r\n")
                .append("a=mid:").append(mid).append("\r\n");
    }

    private static void ssrc(StringBuilder sdp, SplittableRandom random, String track) {
        long ssrc = random.nextLong(1L << 32);
        sdp.append("a=ssrc:").append(ssrc).append(" cname:").append(token(random, 16)).append("\r\n")
                .append("a=ssrc:").append(ssrc).append(" msid:window ").append(track).append("\r\n");
    }

    private static List<IceCandidate> candidates(SplittableRandom random, int count, String network) {
        String ufrag = token(random, 4);
        String[] kinds = {"host", "host", "srflx", "relay"};
        List<IceCandidate> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String kind = kinds[i % kinds.length];
            boolean tcp = i == 1;
            int port = 40_000 + random.nextInt(20_000);
            String address = network + (10 + i);
            StringBuilder c = new StringBuilder("candidate:").append(random.nextLong(1L << 32))
                    .append(" 1 ").append(tcp ? "tcp" : "udp").append(' ')
                    .append(kind.equals("host") ? 2122260223L - i : kind.equals("srflx") ? 1686052607L : 41885439L)
                    .append(' ').append(address).append(' ').append(tcp ? 9 : port).append(" typ ").append(kind);
            if (tcp) {
                c.append(" tcptype active");
            }
            if (!kind.equals("host")) {
                c.append(" raddr ").append(network).append("10 rport ").append(port);
            }
            c.append(" generation 0 ufrag ").append(ufrag).append(" network-id 1 network-cost 10");
            list.add(new IceCandidate(c.toString(), "0", 0, ufrag));
        }
        return List.copyOf(list);
    }

    private static String token(SplittableRandom random, int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        StringBuilder token = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            token.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return token.toString();
    }

    private static String fingerprint(SplittableRandom random) {
        StringBuilder hex = new StringBuilder(95);
        for (int i = 0; i < 32; i++) {
            if (i > 0) {
                hex.append(':');
            }
            hex.append(String.format("%02X", random.nextInt(256)));
        }
        return hex.toString();
    }
}
