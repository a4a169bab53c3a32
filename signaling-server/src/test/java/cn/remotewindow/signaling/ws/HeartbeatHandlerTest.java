package cn.remotewindow.signaling.ws;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.CloseCode;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.timeout.IdleStateEvent;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HeartbeatHandlerTest {

    private EmbeddedChannel upgraded() {
        EmbeddedChannel channel = new EmbeddedChannel(new HeartbeatHandler(Duration.ofSeconds(15), Duration.ofSeconds(45)));
        channel.attr(ChannelAttributes.UPGRADED).set(Boolean.TRUE);
        return channel;
    }

    private static void assertPing(EmbeddedChannel channel) {
        PingWebSocketFrame ping = channel.readOutbound();
        assertThat(ping).as("a ping").isNotNull();
        ping.release();
    }

    @Test
    void pingsAfterEachSilentIntervalAndClosesAtTheIdleTimeout() {
        EmbeddedChannel channel = upgraded();
        channel.pipeline().fireUserEventTriggered(IdleStateEvent.FIRST_READER_IDLE_STATE_EVENT);
        assertPing(channel);
        channel.pipeline().fireUserEventTriggered(IdleStateEvent.READER_IDLE_STATE_EVENT);
        assertPing(channel);
        assertThat(channel.isActive()).isTrue();
        channel.pipeline().fireUserEventTriggered(IdleStateEvent.READER_IDLE_STATE_EVENT);
        CloseWebSocketFrame close = channel.readOutbound();
        assertThat(close.statusCode()).isEqualTo(CloseCode.IDLE_TIMEOUT.code());
        close.release();
        assertThat(channel.isActive()).isFalse();
    }

    @Test
    void anythingReadInBetweenStartsTheCountAgain() {
        EmbeddedChannel channel = upgraded();
        channel.pipeline().fireUserEventTriggered(IdleStateEvent.FIRST_READER_IDLE_STATE_EVENT);
        channel.pipeline().fireUserEventTriggered(IdleStateEvent.READER_IDLE_STATE_EVENT);
        // A read happened: the idle state handler starts again with a "first" event.
        channel.pipeline().fireUserEventTriggered(IdleStateEvent.FIRST_READER_IDLE_STATE_EVENT);
        assertPing(channel);
        assertPing(channel);
        assertPing(channel);
        assertThat(channel.isActive()).isTrue();
    }

    @Test
    void noPingBeforeTheHandshake() {
        EmbeddedChannel channel = new EmbeddedChannel(new HeartbeatHandler(Duration.ofSeconds(15), Duration.ofSeconds(45)));
        channel.pipeline().fireUserEventTriggered(IdleStateEvent.FIRST_READER_IDLE_STATE_EVENT);
        assertThat((Object) channel.readOutbound()).isNull();
    }
}
