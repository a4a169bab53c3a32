package cn.remotewindow.signaling.ws;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.EnvelopeCodec;
import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.ProtocolException;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.ErrorReply;
import cn.remotewindow.signaling.delivery.Connection;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageCodec;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.util.List;

/**
 * Text frames to typed envelopes and back. A frame that cannot be decoded is answered with an
 * error on the spot and goes no further; the connection stays open.
 */
@ChannelHandler.Sharable
final class EnvelopeFrameCodec extends MessageToMessageCodec<WebSocketFrame, Envelope> {

    private final EnvelopeCodec codec;

    EnvelopeFrameCodec(EnvelopeCodec codec) {
        this.codec = codec;
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, Envelope envelope, List<Object> out) {
        out.add(new TextWebSocketFrame(codec.encode(envelope)));
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, WebSocketFrame frame, List<Object> out) {
        if (!(frame instanceof TextWebSocketFrame text)) {
            refuse(ctx, new ProtocolException(ErrorCode.MALFORMED_JSON, "send JSON in text frames"));
            return;
        }
        Connection connection = ctx.channel().attr(ChannelAttributes.CONNECTION).get();
        Role sender = connection == null ? null : connection.party().role();
        try {
            out.add(codec.decode(text.text(), sender));
        } catch (ProtocolException e) {
            refuse(ctx, e);
        }
    }

    private static void refuse(ChannelHandlerContext ctx, ProtocolException e) {
        ctx.channel().writeAndFlush(new Envelope(e.correlationId(), null, new ErrorReply(e.code(), e.getMessage())));
    }
}
