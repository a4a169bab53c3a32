package cn.remotewindow.signaling.api.signaling;

import java.util.function.IntSupplier;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The WebSocket URL handed out with a ticket: the configured public URL (behind a proxy or TLS
 * terminator), else the host name the client used for this HTTP request with the signaling port.
 */
public final class SignalingAddress {

    private final String publicUrl;
    private final IntSupplier port;
    private final String path;

    /** {@code port} is asked on every call: the server binds it after this is built (and may be 0 in config). */
    public SignalingAddress(String publicUrl, IntSupplier port, String path) {
        this.publicUrl = publicUrl;
        this.port = port;
        this.path = path;
    }

    public String urlFor(ServerHttpRequest request) {
        if (!publicUrl.isBlank()) {
            return publicUrl;
        }
        String host = request.getURI().getHost();
        return "ws://" + (host == null ? "localhost" : host) + ":" + port.getAsInt() + path;
    }
}
