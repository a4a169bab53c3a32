package cn.remotewindow.signaling.ws;

import cn.remotewindow.protocol.CloseCode;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import java.util.concurrent.TimeUnit;

/** Closes a connection with one of the documented close codes. */
final class Closing {

    /** How long the peer has to read the close frame and close before the socket is closed anyway. */
    private static final long FORCE_AFTER_MILLIS = 1000;

    private Closing() {
    }

    static void close(Channel channel, CloseCode code) {
        if (!channel.isActive()) {
            return;
        }
        if (!Boolean.TRUE.equals(channel.attr(ChannelAttributes.UPGRADED).get())) {
            channel.close();
            return;
        }
        if (Boolean.TRUE.equals(channel.attr(ChannelAttributes.CLOSING).getAndSet(true))) {
            return;
        }
        // The close frame, then only our side of the TCP connection (FIN): closing the socket at
        // once, while the peer is still sending (a flood), would answer its data with a reset that
        // can destroy the close frame before the peer reads it (it then sees 1006, not our code).
        // The peer answers with its own close frame or closes; we read and drop until then.
        channel.writeAndFlush(new CloseWebSocketFrame(code.code(), code.reason()))
                .addListener((ChannelFutureListener) sent -> {
                    if (sent.isSuccess() && channel instanceof DuplexChannel duplex) {
                        duplex.shutdownOutput();
                    } else {
                        channel.close();
                    }
                });
        // A peer that does not read (slow consumer) would hold the close frame forever.
        channel.eventLoop().schedule(() -> {
            channel.close();
        }, FORCE_AFTER_MILLIS, TimeUnit.MILLISECONDS);
    }
}
