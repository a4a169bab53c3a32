package cn.remotewindow.signaling.ws;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.CloseCode;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.timeout.IdleStateEvent;
import org.junit.jupiter.api.Test;

class HeartbeatHandlerTest {

    private EmbeddedChannel upgraded() {
        EmbeddedChannel channel = new EmbeddedChannel(new HeartbeatHandler());
        channel.attr(ChannelAttributes.UPGRADED).set(Boolean.TRUE);
        return channel;
    }

    @Test
    void pingsWhenNothingWasWritten() {
        EmbeddedChannel channel = upgraded();
        channel.pipeline().fireUserEventTriggered(IdleStateEvent.FIRST_WRITER_IDLE_STATE_EVENT);
        PingWebSocketFrame ping = channel.readOutbound();
        assertThat(ping).isNotNull();
        ping.release();
        assertThat(channel.isActive()).isTrue();
    }

    @Test
    void closesWithIdleTimeoutWhenNothingWasRead() {
        EmbeddedChannel channel = upgraded();
        channel.pipeline().fireUserEventTriggered(IdleStateEvent.READER_IDLE_STATE_EVENT);
        CloseWebSocketFrame close = channel.readOutbound();
        assertThat(close.statusCode()).isEqualTo(CloseCode.IDLE_TIMEOUT.code());
        close.release();
        assertThat(channel.isActive()).isFalse();
    }

    @Test
    void noPingBeforeTheHandshake() {
        EmbeddedChannel channel = new EmbeddedChannel(new HeartbeatHandler());
        channel.pipeline().fireUserEventTriggered(IdleStateEvent.FIRST_WRITER_IDLE_STATE_EVENT);
        assertThat((Object) channel.readOutbound()).isNull();
    }
}
