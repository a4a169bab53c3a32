package cn.remotewindow.signaling.ws;

import cn.remotewindow.protocol.CloseCode;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;

/**
 * Keeps connections honest: pings when nothing was written for the heartbeat interval (browsers
 * answer pings by themselves), closes with 4000 when nothing at all was read for the idle timeout.
 */
@ChannelHandler.Sharable
final class HeartbeatHandler extends ChannelDuplexHandler {

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (event instanceof IdleStateEvent idle) {
            if (idle.state() == IdleState.READER_IDLE) {
                Closing.close(ctx.channel(), CloseCode.IDLE_TIMEOUT);
            } else if (idle.state() == IdleState.WRITER_IDLE
                    && Boolean.TRUE.equals(ctx.channel().attr(ChannelAttributes.UPGRADED).get())) {
                ctx.writeAndFlush(new PingWebSocketFrame());
            }
            return;
        }
        super.userEventTriggered(ctx, event);
    }
}
