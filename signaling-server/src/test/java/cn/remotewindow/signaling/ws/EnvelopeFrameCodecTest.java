package cn.remotewindow.signaling.ws;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.message.ErrorReply;
import cn.remotewindow.protocol.message.PresenceSet;
import cn.remotewindow.protocol.message.ExpertState;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import org.junit.jupiter.api.Test;

class EnvelopeFrameCodecTest {

    private final EmbeddedChannel channel = new EmbeddedChannel(new EnvelopeFrameCodec(Frames.CODEC));

    @Test
    void decodesTextFramesIntoTypedEnvelopes() {
        channel.writeInbound(new TextWebSocketFrame(
                "{\"v\":1,\"type\":\"presence.set\",\"id\":\"p1\",\"body\":{\"state\":\"AVAILABLE\"}}"));
        Envelope envelope = channel.readInbound();
        assertThat(envelope.id()).isEqualTo("p1");
        assertThat(envelope.body()).isEqualTo(new PresenceSet(ExpertState.AVAILABLE));
    }

    @Test
    void answersABadFrameWithAnErrorAndPassesNothingOn() {
        channel.writeInbound(new TextWebSocketFrame("{\"v\":1,\"type\":\"nope\",\"id\":\"x9\"}"));
        assertThat((Object) channel.readInbound()).isNull();
        Envelope error = Frames.nextOut(channel);
        assertThat(error.id()).isEqualTo("x9");
        assertThat(((ErrorReply) error.body()).code()).isEqualTo(ErrorCode.UNKNOWN_TYPE);
        assertThat(channel.isActive()).isTrue();
    }

    @Test
    void refusesBinaryFrames() {
        channel.writeInbound(new BinaryWebSocketFrame(Unpooled.wrappedBuffer(new byte[] {1, 2, 3})));
        assertThat((Object) channel.readInbound()).isNull();
        assertThat(((ErrorReply) Frames.nextOut(channel).body()).code()).isEqualTo(ErrorCode.MALFORMED_JSON);
    }

    @Test
    void encodesEnvelopesAsTextFrames() {
        channel.writeOutbound(Envelope.of(ErrorReply.of(ErrorCode.RATE_LIMITED)));
        assertThat(((ErrorReply) Frames.nextOut(channel).body()).code()).isEqualTo(ErrorCode.RATE_LIMITED);
    }
}
