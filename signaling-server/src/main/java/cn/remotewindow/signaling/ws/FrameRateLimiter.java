package cn.remotewindow.signaling.ws;

import cn.remotewindow.protocol.CloseCode;
import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.message.ErrorReply;
import cn.remotewindow.signaling.config.WindowProperties;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.util.ReferenceCountUtil;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A token bucket per connection, before any decoding so that a flood costs little. A frame over
 * the limit is dropped and answered with RATE_LIMITED; too many drops within a minute close the
 * connection with 4008. Close and pong frames are never limited.
 */
final class FrameRateLimiter extends ChannelInboundHandlerAdapter {

    private static final Logger log = LoggerFactory.getLogger(FrameRateLimiter.class);
    private static final long MINUTE_NANOS = Duration.ofMinutes(1).toNanos();

    private final Bucket bucket;
    private final int maxDroppedPerMinute;
    private long windowStart = System.nanoTime();
    private int droppedInWindow;

    FrameRateLimiter(WindowProperties.RateLimit limit) {
        this.bucket = Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(limit.burst())
                        .refillGreedy(limit.messagesPerSecond(), Duration.ofSeconds(1))
                        .build())
                .build();
        this.maxDroppedPerMinute = limit.maxDroppedPerMinute();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (Boolean.TRUE.equals(ctx.channel().attr(ChannelAttributes.CLOSING).get())
                && msg instanceof WebSocketFrame && !(msg instanceof CloseWebSocketFrame)) {
            // Closing (Closing.close): read and dropped, so that the peer's close can arrive.
            ReferenceCountUtil.release(msg);
            return;
        }
        boolean limited = msg instanceof WebSocketFrame
                && !(msg instanceof CloseWebSocketFrame) && !(msg instanceof PongWebSocketFrame);
        if (!limited || bucket.tryConsume(1)) {
            ctx.fireChannelRead(msg);
            return;
        }
        ReferenceCountUtil.release(msg);
        long now = System.nanoTime();
        if (now - windowStart > MINUTE_NANOS) {
            windowStart = now;
            droppedInWindow = 0;
        }
        if (++droppedInWindow > maxDroppedPerMinute) {
            log.warn("closing {}: message flood", ctx.channel().remoteAddress());
            Closing.close(ctx.channel(), CloseCode.RATE_LIMIT_EXCEEDED);
            return;
        }
        ctx.channel().writeAndFlush(Envelope.of(ErrorReply.of(ErrorCode.RATE_LIMITED)));
    }
}
