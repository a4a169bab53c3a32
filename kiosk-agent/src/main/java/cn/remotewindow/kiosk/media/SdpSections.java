package cn.remotewindow.kiosk.media;

import java.util.HashSet;
import java.util.Set;

/** The few facts the peer reads out of SDP text itself. */
final class SdpSections {

    private SdpSections() {
    }

    /** Every {@code a=ice-ufrag} value in the description (one per generation and bundle). */
    static Set<String> iceUfrags(String sdp) {
        Set<String> ufrags = new HashSet<>();
        for (String line : sdp.split("\r?\n")) {
            if (line.startsWith("a=ice-ufrag:")) {
                ufrags.add(line.substring("a=ice-ufrag:".length()).trim());
            }
        }
        return ufrags;
    }

    /**
     * The first stream id ({@code a=msid:<stream> <track>}) of the media section with this mid,
     * or "" when the section has none. The stream id is how a sender labels a track "camera" or
     * "screen"; track ids are not kept across the wire by every browser.
     */
    static String streamId(String sdp, String mid) {
        String[] sections = sdp.split("\r?\nm=");
        for (int i = 1; i < sections.length; i++) {
            String section = sections[i];
            boolean match = false;
            String stream = "";
            for (String line : section.split("\r?\n")) {
                if (line.equals("a=mid:" + mid)) {
                    match = true;
                } else if (line.startsWith("a=msid:") && stream.isEmpty()) {
                    String value = line.substring("a=msid:".length()).trim();
                    int space = value.indexOf(' ');
                    stream = space < 0 ? value : value.substring(0, space);
                }
            }
            if (match) {
                return stream.equals("-") ? "" : stream;
            }
        }
        return "";
    }
}
