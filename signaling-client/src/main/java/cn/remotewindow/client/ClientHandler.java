package cn.remotewindow.client;

import cn.remotewindow.protocol.EnvelopeCodec;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.util.concurrent.CompletableFuture;

/** Decodes the server's frames for one connection and reports its close code. */
final class ClientHandler extends SimpleChannelInboundHandler<WebSocketFrame> {

    private static final int NO_CLOSE_FRAME = 1006;

    private final EnvelopeCodec codec;
    private final SignalingListener listener;
    private final CompletableFuture<SignalingConnection> ready;
    private int closeCode = NO_CLOSE_FRAME;
    private String closeReason = "";

    ClientHandler(EnvelopeCodec codec, SignalingListener listener, CompletableFuture<SignalingConnection> ready) {
        this.codec = codec;
        this.listener = listener;
        this.ready = ready;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (event == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
            ready.complete(SignalingClients.connectionOf(ctx.channel(), codec));
        } else if (event == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_TIMEOUT) {
            ready.completeExceptionally(new IllegalStateException("WebSocket handshake timed out"));
        }
        super.userEventTriggered(ctx, event);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
        if (frame instanceof TextWebSocketFrame text) {
            String json = text.text();
            try {
                listener.onMessage(codec.decode(json));
            } catch (RuntimeException e) {
                listener.onUndecodable(json, e);
            }
        } else if (frame instanceof CloseWebSocketFrame close) {
            closeCode = close.statusCode();
            closeReason = close.reasonText();
            ctx.writeAndFlush(new CloseWebSocketFrame(closeCode, "")).addListener(f -> ctx.close());
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        ready.completeExceptionally(new IllegalStateException("connection closed before the handshake completed"));
        listener.onClosed(closeCode, closeReason);
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ready.completeExceptionally(cause);
        ctx.close();
    }
}
