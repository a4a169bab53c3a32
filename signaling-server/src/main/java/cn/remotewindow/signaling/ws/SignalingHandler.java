package cn.remotewindow.signaling.ws;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.signaling.delivery.Connection;
import cn.remotewindow.signaling.inbound.Signaling;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;

/** Hands an authenticated connection's envelopes to the signaling service, and reports its end. */
@ChannelHandler.Sharable
final class SignalingHandler extends SimpleChannelInboundHandler<Envelope> {

    private final Signaling service;

    SignalingHandler(Signaling service) {
        this.service = service;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, Envelope envelope) {
        Connection connection = ctx.channel().attr(ChannelAttributes.CONNECTION).get();
        if (connection != null) {
            service.received(connection, envelope);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        Connection connection = ctx.channel().attr(ChannelAttributes.CONNECTION).get();
        if (connection != null) {
            service.disconnected(connection);
        }
        super.channelInactive(ctx);
    }
}
