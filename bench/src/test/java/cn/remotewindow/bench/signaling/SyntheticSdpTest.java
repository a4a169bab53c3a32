package cn.remotewindow.bench.signaling;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.EnvelopeCodec;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.IceCandidate;
import cn.remotewindow.protocol.message.SdpAnswer;
import cn.remotewindow.protocol.message.SdpOffer;
import org.junit.jupiter.api.Test;

class SyntheticSdpTest {

    private final SyntheticSdp sdp = new SyntheticSdp(4096, 4);
    private final EnvelopeCodec codec = new EnvelopeCodec();

    @Test
    void descriptionsHaveTheAskedSizeAndPassTheProtocolsChecks() {
        for (long cycle = 0; cycle < 40; cycle++) {
            String offer = sdp.offer(cycle);
            assertThat(offer).startsWith("v=0\r\n").contains("a=setup:actpass").contains("m=video");
            assertThat(offer.length()).isBetween(3500, 4700);
            assertThat(sdp.answer(cycle)).contains("a=setup:active");
            new SdpOffer(offer, false);
            new SdpAnswer(sdp.answer(cycle));
        }
    }

    @Test
    void candidatesSurviveTheWireFromEitherSide() {
        for (IceCandidate candidate : sdp.kioskCandidates(3)) {
            Envelope sent = new Envelope("r1", "s", candidate);
            Envelope received = codec.decode(codec.encode(sent), Role.KIOSK);
            assertThat(received.body()).isEqualTo(candidate);
        }
        assertThat(sdp.expertCandidates(3)).hasSize(4).allSatisfy(c -> assertThat(c.candidate()).startsWith("candidate:"));
    }
}
