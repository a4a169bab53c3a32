package cn.remotewindow.signaling.ws;

import cn.remotewindow.signaling.delivery.Connection;
import io.netty.util.AttributeKey;

/** Per-connection state lives in channel attributes, never in shared handlers. */
final class ChannelAttributes {

    /** Set once the connection is authenticated. */
    static final AttributeKey<Connection> CONNECTION = AttributeKey.valueOf("window.connection");

    /** Set once the WebSocket handshake is complete, so closing can send a close frame. */
    static final AttributeKey<Boolean> UPGRADED = AttributeKey.valueOf("window.upgraded");

    /** Set once the server has sent its close frame: what the peer still sends is read and dropped. */
    static final AttributeKey<Boolean> CLOSING = AttributeKey.valueOf("window.closing");

    private ChannelAttributes() {
    }
}
