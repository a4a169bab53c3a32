package cn.remotewindow.signaling.ws;

import cn.remotewindow.protocol.CloseCode;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import java.util.concurrent.TimeUnit;

/** Closes a connection with one of the documented close codes. */
final class Closing {

    /** How long a close frame may take to leave before the socket is closed anyway. */
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
        channel.writeAndFlush(new CloseWebSocketFrame(code.code(), code.reason()))
                .addListener(ChannelFutureListener.CLOSE);
        // A peer that does not read (slow consumer) would hold the close frame forever.
        channel.eventLoop().schedule(() -> {
            channel.close();
        }, FORCE_AFTER_MILLIS, TimeUnit.MILLISECONDS);
    }
}
