package cn.remotewindow.signaling.ws;

import cn.remotewindow.protocol.CloseCode;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bounds each connection's outbound queue: once more than the high-water mark of bytes is
 * waiting for a peer that does not read, the peer is a slow consumer and is disconnected with
 * 4009 rather than allowed to grow the server's memory.
 */
@ChannelHandler.Sharable
final class SlowConsumerGuard extends ChannelInboundHandlerAdapter {

    private static final Logger log = LoggerFactory.getLogger(SlowConsumerGuard.class);

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) throws Exception {
        if (!ctx.channel().isWritable()) {
            log.warn("closing {}: slow consumer ({} bytes queued)", ctx.channel().remoteAddress(),
                    ctx.channel().unsafe().outboundBuffer() == null ? 0 : ctx.channel().unsafe().outboundBuffer().totalPendingWriteBytes());
            Closing.close(ctx.channel(), CloseCode.SLOW_CONSUMER);
        }
        super.channelWritabilityChanged(ctx);
    }
}
