package cn.remotewindow.signaling.ws;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.CloseCode;
import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.message.ErrorReply;
import cn.remotewindow.signaling.config.WindowProperties;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import org.junit.jupiter.api.Test;

class FrameRateLimiterTest {

    private EmbeddedChannel channel() {
        EmbeddedChannel channel = new EmbeddedChannel(new FrameRateLimiter(new WindowProperties.RateLimit(1, 3, 2)));
        channel.attr(ChannelAttributes.UPGRADED).set(Boolean.TRUE);
        return channel;
    }

    @Test
    void framesWithinTheBurstPass() {
        EmbeddedChannel channel = channel();
        for (int i = 0; i < 3; i++) {
            channel.writeInbound(new TextWebSocketFrame("x"));
        }
        assertThat(channel.inboundMessages()).hasSize(3);
        assertThat((Object) channel.readOutbound()).isNull();
    }

    @Test
    void aFrameOverTheLimitIsDroppedWithAnErrorAndAFloodClosesTheConnection() {
        EmbeddedChannel channel = channel();
        for (int i = 0; i < 3; i++) {
            channel.writeInbound(new TextWebSocketFrame("ok"));
        }
        TextWebSocketFrame dropped = new TextWebSocketFrame("over");
        channel.writeInbound(dropped);
        assertThat(dropped.refCnt()).as("dropped frames are released").isZero();
        assertThat(channel.inboundMessages()).hasSize(3);
        Envelope error = channel.readOutbound();
        assertThat(((ErrorReply) error.body()).code()).isEqualTo(ErrorCode.RATE_LIMITED);

        channel.writeInbound(new TextWebSocketFrame("over"));
        assertThat(channel.isActive()).isTrue();
        channel.readOutbound();
        channel.writeInbound(new TextWebSocketFrame("over"));
        CloseWebSocketFrame close = channel.readOutbound();
        assertThat(close.statusCode()).isEqualTo(CloseCode.RATE_LIMIT_EXCEEDED.code());
        close.release();
        assertThat(channel.isActive()).isFalse();
    }

    @Test
    void pongsAndClosesAreNeverLimited() {
        EmbeddedChannel channel = channel();
        for (int i = 0; i < 10; i++) {
            channel.writeInbound(new PongWebSocketFrame());
        }
        channel.writeInbound(new CloseWebSocketFrame(1000, "bye"));
        assertThat(channel.inboundMessages()).hasSize(11);
        assertThat((Object) channel.readOutbound()).isNull();
    }
}
