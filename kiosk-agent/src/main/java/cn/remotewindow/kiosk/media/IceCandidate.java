package cn.remotewindow.kiosk.media;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A trickled ICE candidate, the fields of {@code RTCIceCandidateInit} ({@code ice.candidate} in
 * docs/protocol.md). An empty {@code candidate} marks the end of candidates.
 *
 * @param sdpMLineIndex the m-line index, or -1 when only {@code sdpMid} is known
 * @param usernameFragment the ICE ufrag the candidate belongs to, or null when not given
 */
public record IceCandidate(String candidate, String sdpMid, int sdpMLineIndex, String usernameFragment) {

    private static final Pattern UFRAG = Pattern.compile("\\bufrag (\\S+)");

    public IceCandidate {
        if (candidate == null) {
            candidate = "";
        }
        if (sdpMid == null && sdpMLineIndex < 0) {
            throw new IllegalArgumentException("a candidate needs sdpMid or sdpMLineIndex");
        }
    }

    public static IceCandidate endOfCandidates(String sdpMid) {
        return new IceCandidate("", sdpMid, 0, null);
    }

    public boolean isEndOfCandidates() {
        return candidate.isBlank();
    }

    /**
     * The ufrag this candidate belongs to: the field if set, else the {@code ufrag} attribute of
     * the candidate line (libwebrtc and Chrome write it there). Null when neither says.
     */
    public String ufrag() {
        if (usernameFragment != null && !usernameFragment.isEmpty()) {
            return usernameFragment;
        }
        Matcher m = UFRAG.matcher(candidate);
        return m.find() ? m.group(1) : null;
    }
}
