package cn.remotewindow.kiosk.media;

import java.util.List;
import java.util.Objects;

/**
 * How to set up one call's peer: its role in negotiation, the ICE servers from
 * {@code session.established}, and the local camera and microphone (each may be null: then the
 * peer only receives that kind).
 *
 * @param name  for logs and thread names, e.g. the session id
 */
public record PeerConfig(String name, PeerRole role, List<IceServer> iceServers, VideoFeed camera,
                         AudioFeed microphone) {

    public PeerConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        iceServers = List.copyOf(iceServers);
    }

    public static PeerConfig of(String name, PeerRole role) {
        return new PeerConfig(name, role, List.of(), null, null);
    }

    public PeerConfig withIceServers(List<IceServer> servers) {
        return new PeerConfig(name, role, servers, camera, microphone);
    }

    public PeerConfig withCamera(VideoFeed feed) {
        return new PeerConfig(name, role, iceServers, feed, microphone);
    }

    public PeerConfig withMicrophone(AudioFeed feed) {
        return new PeerConfig(name, role, iceServers, camera, feed);
    }
}
