package cn.remotewindow.signaling.ws;

import cn.remotewindow.protocol.CloseCode;
import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.message.Auth;
import cn.remotewindow.protocol.message.AuthOk;
import cn.remotewindow.protocol.message.ErrorReply;
import cn.remotewindow.signaling.auth.SignalingTickets;
import cn.remotewindow.signaling.auth.TicketRejectedException;
import cn.remotewindow.signaling.inbound.Signaling;
import cn.remotewindow.signaling.party.Expert;
import cn.remotewindow.signaling.party.Kiosk;
import cn.remotewindow.signaling.party.Party;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.util.concurrent.ScheduledFuture;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Guards a new connection until it authenticates: the first message must be {@code auth} with a
 * valid, unused signaling ticket, within the authentication deadline. On success it announces
 * the party and steps out of the pipeline.
 */
final class AuthHandler extends ChannelInboundHandlerAdapter {

    private static final Logger log = LoggerFactory.getLogger(AuthHandler.class);

    private final SignalingTickets tickets;
    private final Signaling service;
    private final Duration timeout;
    private final int heartbeatSeconds;
    private final Clock clock;
    private ScheduledFuture<?> deadline;

    AuthHandler(SignalingTickets tickets, Signaling service, Duration timeout, Duration heartbeat, Clock clock) {
        this.tickets = tickets;
        this.service = service;
        this.timeout = timeout;
        this.heartbeatSeconds = (int) heartbeat.toSeconds();
        this.clock = clock;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        deadline = ctx.executor().schedule(() -> {
            log.debug("{} did not authenticate in time", ctx.channel().remoteAddress());
            Closing.close(ctx.channel(), CloseCode.AUTH_TIMEOUT);
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        if (deadline != null) {
            deadline.cancel(false);
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (event instanceof WebSocketServerProtocolHandler.HandshakeComplete) {
            ctx.channel().attr(ChannelAttributes.UPGRADED).set(Boolean.TRUE);
        }
        super.userEventTriggered(ctx, event);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof Envelope envelope)) {
            ctx.fireChannelRead(msg);
            return;
        }
        if (!(envelope.body() instanceof Auth auth)) {
            ctx.writeAndFlush(new Envelope(envelope.id(), null, ErrorReply.of(ErrorCode.NOT_AUTHENTICATED)));
            return;
        }
        Party party;
        try {
            party = tickets.verify(auth.token());
        } catch (TicketRejectedException e) {
            log.info("refused ticket from {}: {}", ctx.channel().remoteAddress(), e.getMessage());
            ctx.writeAndFlush(new Envelope(envelope.id(), null, new ErrorReply(e.code(), e.code().defaultMessage())));
            Closing.close(ctx.channel(), CloseCode.AUTH_FAILED);
            return;
        }
        ChannelConnection connection = new ChannelConnection(ctx.channel(), party);
        ctx.channel().attr(ChannelAttributes.CONNECTION).set(connection);
        ctx.pipeline().remove(this);
        connection.send(new Envelope(envelope.id(), null, authOk(party)));
        log.info("{} authenticated from {}", party.partyId(), ctx.channel().remoteAddress());
        service.connected(connection, auth.resume());
    }

    private AuthOk authOk(Party party) {
        String district = party instanceof Kiosk kiosk ? kiosk.district() : null;
        List<String> skills = party instanceof Expert expert ? expert.skills().stream().sorted().toList() : List.of();
        return new AuthOk(party.role(), party.id(), party.displayName(), district, skills, heartbeatSeconds,
                clock.millis());
    }
}
