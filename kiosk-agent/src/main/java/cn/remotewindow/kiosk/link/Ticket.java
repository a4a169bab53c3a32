package cn.remotewindow.kiosk.link;

import java.net.URI;

/** A single-use signaling ticket and the WebSocket address to use it on. */
public record Ticket(String token, URI url) {

    @Override
    public String toString() {
        return "Ticket[url=" + url + "]";
    }
}
