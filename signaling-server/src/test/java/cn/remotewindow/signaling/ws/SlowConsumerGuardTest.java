package cn.remotewindow.signaling.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;

class SlowConsumerGuardTest {

    @Test
    void disconnectsAPeerWhoseOutboundQueuePassesTheHighWaterMark() {
        EmbeddedChannel channel = new EmbeddedChannel(new SlowConsumerGuard());
        channel.config().setWriteBufferWaterMark(new WriteBufferWaterMark(512, 1024));
        channel.write(Unpooled.wrappedBuffer(new byte[600]));
        assertThat(channel.isActive()).isTrue();
        channel.write(Unpooled.wrappedBuffer(new byte[600]));
        assertThat(channel.isWritable()).isFalse();
        assertThat(channel.isActive()).isFalse();
    }
}
