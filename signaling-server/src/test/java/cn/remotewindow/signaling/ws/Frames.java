package cn.remotewindow.signaling.ws;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.EnvelopeCodec;
import cn.remotewindow.protocol.message.Message;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;

/** Helpers to talk to handlers in an {@link EmbeddedChannel} in frames. */
final class Frames {

    static final EnvelopeCodec CODEC = new EnvelopeCodec();

    private Frames() {
    }

    static TextWebSocketFrame text(Message message) {
        return text(null, message);
    }

    static TextWebSocketFrame text(String sessionId, Message message) {
        return new TextWebSocketFrame(CODEC.encode(new Envelope("t1", sessionId, message)));
    }

    /** The next outbound frame, decoded. */
    static Envelope nextOut(EmbeddedChannel channel) {
        Object out = channel.readOutbound();
        assertThat(out).as("an outbound frame").isInstanceOf(TextWebSocketFrame.class);
        TextWebSocketFrame frame = (TextWebSocketFrame) out;
        try {
            return CODEC.decode(frame.text());
        } finally {
            frame.release();
        }
    }
}
