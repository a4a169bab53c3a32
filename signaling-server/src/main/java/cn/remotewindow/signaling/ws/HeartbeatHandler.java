package cn.remotewindow.signaling.ws;

import cn.remotewindow.protocol.CloseCode;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import java.time.Duration;

/**
 * Keeps connections honest. Driven by reader-idle events every heartbeat interval: each interval
 * with nothing read from the peer sends a ping (browsers answer pings by themselves, and the pong
 * counts as a read); once nothing was read for the idle timeout, the connection is closed with
 * 4000. Pings follow the peer's silence, not ours, so a peer that only listens is still pinged.
 */
final class HeartbeatHandler extends ChannelDuplexHandler {

    private final int silentIntervalsAllowed;
    private int silentIntervals;

    HeartbeatHandler(Duration heartbeatInterval, Duration idleTimeout) {
        this.silentIntervalsAllowed = (int) Math.max(1, idleTimeout.toMillis() / Math.max(1, heartbeatInterval.toMillis()));
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (!(event instanceof IdleStateEvent idle)) {
            super.userEventTriggered(ctx, event);
            return;
        }
        if (idle.state() != IdleState.READER_IDLE) {
            return;
        }
        silentIntervals = idle.isFirst() ? 1 : silentIntervals + 1;
        if (silentIntervals >= silentIntervalsAllowed) {
            Closing.close(ctx.channel(), CloseCode.IDLE_TIMEOUT);
        } else if (Boolean.TRUE.equals(ctx.channel().attr(ChannelAttributes.UPGRADED).get())) {
            ctx.writeAndFlush(new PingWebSocketFrame());
        }
    }
}
