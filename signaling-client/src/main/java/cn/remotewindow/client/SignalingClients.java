package cn.remotewindow.client;

import cn.remotewindow.protocol.EnvelopeCodec;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketVersion;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Opens signaling connections. One instance owns the I/O threads that all its connections share,
 * so thousands of connections (the benchmark) cost a couple of threads.
 */
public final class SignalingClients implements AutoCloseable {

    /** Large enough for any frame the server may send (its own limit is 64 KiB by default). */
    public static final int MAX_FRAME_BYTES = 1 << 20;

    private final EventLoopGroup group;
    private final EnvelopeCodec codec = new EnvelopeCodec();

    public SignalingClients(int ioThreads) {
        this.group = new MultiThreadIoEventLoopGroup(ioThreads, new DefaultThreadFactory("signal-client", true),
                NioIoHandler.newFactory());
    }

    /**
     * Connects and completes the WebSocket handshake. Authenticate next by sending {@code auth}.
     *
     * @param uri e.g. {@code ws://localhost:8081/signal}
     */
    public CompletableFuture<SignalingConnection> connect(URI uri, SignalingListener listener) {
        if (!"ws".equals(uri.getScheme())) {
            throw new IllegalArgumentException("only ws:// is supported here; terminate TLS in front of the server");
        }
        int port = uri.getPort() > 0 ? uri.getPort() : 80;
        CompletableFuture<SignalingConnection> ready = new CompletableFuture<>();
        WebSocketClientProtocolConfig config = WebSocketClientProtocolConfig.newBuilder()
                .webSocketUri(uri)
                .version(WebSocketVersion.V13)
                .customHeaders(new DefaultHttpHeaders())
                .maxFramePayloadLength(MAX_FRAME_BYTES)
                .handleCloseFrames(false)
                .dropPongFrames(true)
                .handshakeTimeoutMillis(10_000)
                .build();
        Bootstrap bootstrap = new Bootstrap()
                .group(group)
                .channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 10_000)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline().addLast(new HttpClientCodec());
                        channel.pipeline().addLast(new HttpObjectAggregator(8192));
                        channel.pipeline().addLast(new WebSocketClientProtocolHandler(config));
                        channel.pipeline().addLast(new WebSocketFrameAggregator(MAX_FRAME_BYTES));
                        channel.pipeline().addLast(new ClientHandler(codec, listener, ready));
                    }
                });
        bootstrap.connect(uri.getHost(), port).addListener(f -> {
            if (!f.isSuccess()) {
                ready.completeExceptionally(f.cause());
            }
        });
        return ready;
    }

    static SignalingConnection connectionOf(Channel channel, EnvelopeCodec codec) {
        return new SignalingConnection(channel, codec);
    }

    @Override
    public void close() {
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
