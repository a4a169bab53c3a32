package cn.remotewindow.signaling.ws;

import cn.remotewindow.protocol.CloseCode;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The end of every pipeline: no exception gets past it. Application errors are answered where
 * they happen; what arrives here is transport trouble, and the connection is closed.
 */
@ChannelHandler.Sharable
final class TransportErrors extends ChannelInboundHandlerAdapter {

    private static final Logger log = LoggerFactory.getLogger(TransportErrors.class);

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (isTooBig(cause)) {
            log.info("closing {}: frame too big", ctx.channel().remoteAddress());
            Closing.close(ctx.channel(), CloseCode.MESSAGE_TOO_BIG);
        } else if (cause instanceof IOException || cause instanceof CorruptedFrameException) {
            log.debug("closing {}: {}", ctx.channel().remoteAddress(), cause.toString());
            ctx.close();
        } else {
            log.error("closing {}: unexpected error", ctx.channel().remoteAddress(), cause);
            Closing.close(ctx.channel(), CloseCode.INTERNAL_ERROR);
        }
    }

    private static boolean isTooBig(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof TooLongFrameException
                    || (t instanceof CorruptedWebSocketFrameException c && c.closeStatus() != null
                        && c.closeStatus().code() == CloseCode.MESSAGE_TOO_BIG.code())) {
                return true;
            }
        }
        return false;
    }
}
