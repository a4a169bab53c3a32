package cn.remotewindow.kiosk.media;

import java.util.List;

/**
 * A STUN or TURN server as {@code session.established} hands it out (docs/protocol.md 5.16).
 * Username and credential are null for STUN.
 */
public record IceServer(List<String> urls, String username, String credential) {

    public IceServer {
        urls = List.copyOf(urls);
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("an ICE server needs at least one URL");
        }
    }

    public static IceServer stun(String url) {
        return new IceServer(List.of(url), null, null);
    }
}
