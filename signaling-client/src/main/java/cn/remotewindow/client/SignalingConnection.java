package cn.remotewindow.client;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.EnvelopeCodec;
import cn.remotewindow.protocol.message.Message;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.util.concurrent.atomic.AtomicLong;

/** One open signaling connection. Thread-safe. */
public final class SignalingConnection implements AutoCloseable {

    private final Channel channel;
    private final EnvelopeCodec codec;
    private final AtomicLong ids = new AtomicLong();

    SignalingConnection(Channel channel, EnvelopeCodec codec) {
        this.channel = channel;
        this.codec = codec;
    }

    /**
     * Sends a message with a fresh correlation id.
     *
     * @param sessionId null for messages outside a session
     * @return the correlation id, which replies and errors carry back
     */
    public String send(String sessionId, Message message) {
        String id = "c" + ids.incrementAndGet();
        send(new Envelope(id, sessionId, message));
        return id;
    }

    public ChannelFuture send(Envelope envelope) {
        return sendText(codec.encode(envelope));
    }

    /** Sends any text, valid or not: for tests of the server's defences. */
    public ChannelFuture sendText(String text) {
        return sendFrame(new TextWebSocketFrame(text));
    }

    public ChannelFuture sendFrame(WebSocketFrame frame) {
        return channel.writeAndFlush(frame);
    }

    /** Stops reading from the socket (to play a slow consumer in tests), or resumes. */
    public void setReading(boolean reading) {
        channel.config().setAutoRead(reading);
    }

    public boolean isOpen() {
        return channel.isActive();
    }

    /** Resolves when the connection is gone, whoever closed it. */
    public ChannelFuture closeFuture() {
        return channel.closeFuture();
    }

    /** Closes with 1000, the normal end. */
    @Override
    public void close() {
        if (channel.isActive()) {
            channel.writeAndFlush(new CloseWebSocketFrame(1000, "bye")).addListener(f -> channel.close());
        }
    }
}
