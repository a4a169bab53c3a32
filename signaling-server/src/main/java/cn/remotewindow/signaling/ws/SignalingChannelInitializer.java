package cn.remotewindow.signaling.ws;

import cn.remotewindow.protocol.EnvelopeCodec;
import cn.remotewindow.signaling.auth.SignalingTickets;
import cn.remotewindow.signaling.config.WindowProperties;
import cn.remotewindow.signaling.inbound.Signaling;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.handler.timeout.IdleStateHandler;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

/**
 * Builds each connection's pipeline. Netty's own handlers do HTTP, the WebSocket handshake,
 * ping/pong, close and frame limits; ours start at frames.
 */
final class SignalingChannelInitializer extends ChannelInitializer<SocketChannel> {

    private static final int MAX_HANDSHAKE_BYTES = 8192;

    private final WindowProperties.Signaling config;
    private final SignalingTickets tickets;
    private final Signaling service;
    private final Clock clock;
    private final WebSocketServerProtocolConfig webSocketConfig;
    private final EnvelopeFrameCodec envelopeCodec;
    private final SlowConsumerGuard slowConsumerGuard = new SlowConsumerGuard();
    private final NotFoundHandler notFound = new NotFoundHandler();
    private final SignalingHandler signalingHandler;
    private final TransportErrors transportErrors = new TransportErrors();
    private final ChannelGroup allChannels;

    SignalingChannelInitializer(WindowProperties.Signaling config, SignalingTickets tickets, Signaling service,
                                EnvelopeCodec codec, Clock clock, ChannelGroup allChannels) {
        this.config = config;
        this.allChannels = allChannels;
        this.tickets = tickets;
        this.service = service;
        this.clock = clock;
        this.envelopeCodec = new EnvelopeFrameCodec(codec);
        this.signalingHandler = new SignalingHandler(service);
        this.webSocketConfig = WebSocketServerProtocolConfig.newBuilder()
                .websocketPath(config.path())
                .checkStartsWith(true)
                .handshakeTimeoutMillis(config.authTimeout().toMillis())
                .dropPongFrames(true)
                .decoderConfig(WebSocketDecoderConfig.newBuilder()
                        .maxFramePayloadLength(config.maxFrameBytes())
                        .allowExtensions(false)
                        .closeOnProtocolViolation(true)
                        .build())
                .build();
    }

    @Override
    protected void initChannel(SocketChannel channel) {
        allChannels.add(channel);
        ChannelPipeline pipeline = channel.pipeline();
        // Reader idle only: HeartbeatHandler pings after each silent interval and closes after the idle timeout.
        pipeline.addLast("idle", new IdleStateHandler(config.heartbeatInterval().toMillis(), 0, 0, TimeUnit.MILLISECONDS));
        pipeline.addLast("http", new HttpServerCodec());
        pipeline.addLast("handshake-aggregator", new HttpObjectAggregator(MAX_HANDSHAKE_BYTES));
        pipeline.addLast("rate-limit", new FrameRateLimiter(config.rateLimit()));
        pipeline.addLast("websocket", new WebSocketServerProtocolHandler(webSocketConfig));
        pipeline.addLast("frame-aggregator", new WebSocketFrameAggregator(config.maxFrameBytes()));
        pipeline.addLast("not-found", notFound);
        pipeline.addLast("heartbeat", new HeartbeatHandler(config.heartbeatInterval(), config.idleTimeout()));
        pipeline.addLast("slow-consumer", slowConsumerGuard);
        pipeline.addLast("envelope", envelopeCodec);
        pipeline.addLast("auth", new AuthHandler(tickets, service, config.authTimeout(), config.heartbeatInterval(), clock));
        pipeline.addLast("signaling", signalingHandler);
        pipeline.addLast("errors", transportErrors);
    }
}
