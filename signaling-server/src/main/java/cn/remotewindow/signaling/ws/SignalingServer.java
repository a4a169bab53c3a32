package cn.remotewindow.signaling.ws;

import cn.remotewindow.protocol.CloseCode;
import cn.remotewindow.protocol.EnvelopeCodec;
import cn.remotewindow.signaling.auth.SignalingTickets;
import cn.remotewindow.signaling.config.WindowProperties;
import cn.remotewindow.signaling.delivery.LocalConnections;
import cn.remotewindow.signaling.inbound.Signaling;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.util.concurrent.GlobalEventExecutor;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** The WebSocket real-time plane: binds, and on stop tells every client to go elsewhere. */
public final class SignalingServer implements SmartLifecycle {

    /** Starts before, and stops after, the session shutdown that tells parties why. */
    public static final int PHASE = Integer.MAX_VALUE - 2048;

    private static final Logger log = LoggerFactory.getLogger(SignalingServer.class);

    private final WindowProperties.Signaling config;
    private final SignalingChannelInitializer initializer;
    private final LocalConnections connections;
    /** Every open channel, authenticated or not; removed automatically when closed. */
    private final ChannelGroup allChannels = new DefaultChannelGroup("signaling", GlobalEventExecutor.INSTANCE);
    private final EventLoopGroup workers;
    private EventLoopGroup acceptors;
    private Channel serverChannel;
    private volatile int boundPort = -1;

    /** @param workers the I/O event loops, shared with the session owners; not owned here */
    public SignalingServer(WindowProperties.Signaling config, SignalingTickets tickets, Signaling service,
                           LocalConnections connections, EnvelopeCodec codec, Clock clock, EventLoopGroup workers) {
        this.config = config;
        this.workers = workers;
        this.connections = connections;
        this.initializer = new SignalingChannelInitializer(config, tickets, service, codec, clock, allChannels);
    }

    @Override
    public synchronized void start() {
        acceptors = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("signal-accept"), NioIoHandler.newFactory());
        int high = config.outboundHighWaterBytes();
        serverChannel = new ServerBootstrap()
                .group(acceptors, workers)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(high / 2, high))
                .childHandler(initializer)
                .bind(new InetSocketAddress(config.bindAddress(), config.port()))
                .syncUninterruptibly()
                .channel();
        boundPort = ((InetSocketAddress) serverChannel.localAddress()).getPort();
        log.info("signaling WebSocket listening on ws://{}:{}{}", config.bindAddress(), boundPort, config.path());
    }

    /** Closes the listening socket: connections already open stay. Idempotent. */
    public synchronized void stopAccepting() {
        if (serverChannel != null && serverChannel.isOpen()) {
            serverChannel.close().syncUninterruptibly();
            log.info("signaling WebSocket no longer accepts connections");
        }
    }

    @Override
    public synchronized void stop() {
        if (serverChannel == null) {
            return;
        }
        stopAccepting();
        log.info("signaling WebSocket stopping: closing {} connections", allChannels.size());
        connections.closeAll(CloseCode.GOING_AWAY);
        // Let the close frames leave before the event loops go; unauthenticated channels just close.
        if (!allChannels.newCloseFuture(ch -> ch.attr(ChannelAttributes.CONNECTION).get() != null)
                .awaitUninterruptibly(2, TimeUnit.SECONDS)) {
            log.warn("some connections did not close within 2 s");
        }
        allChannels.close().awaitUninterruptibly(1, TimeUnit.SECONDS);
        acceptors.shutdownGracefully(0, 1000, TimeUnit.MILLISECONDS).syncUninterruptibly();
        serverChannel = null;
        boundPort = -1;
    }

    @Override
    public boolean isRunning() {
        return serverChannel != null;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /** The port actually bound (useful when configured as 0), or -1 when stopped. */
    public int port() {
        return boundPort;
    }

    public String path() {
        return config.path();
    }
}
