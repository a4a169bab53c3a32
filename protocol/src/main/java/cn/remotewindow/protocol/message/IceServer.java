package cn.remotewindow.protocol.message;

import java.util.List;

/** One entry of RTCConfiguration.iceServers; username and credential only for TURN. */
public record IceServer(List<String> urls, String username, String credential) {
    public IceServer {
        urls = List.copyOf(urls);
    }
}
