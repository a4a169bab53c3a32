package cn.remotewindow.signaling.ws;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.CloseCode;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.Chat;
import cn.remotewindow.protocol.message.PeerStatus;
import cn.remotewindow.signaling.testing.Parties;
import cn.remotewindow.signaling.testing.ServerTest;
import cn.remotewindow.signaling.testing.TestParty;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** A peer that stops reading is disconnected once its outbound queue passes the high-water mark. */
@TestPropertySource(properties = {
        "window.signaling.outbound-high-water-bytes=65536",
        "window.signaling.rate-limit.messages-per-second=100000",
        "window.signaling.rate-limit.burst=100000"})
class SlowConsumerTest extends ServerTest {

    @Test
    void aSlowConsumerIsDisconnectedInsteadOfGrowingMemory() {
        TestParty expert = parties.expert("slow-e1", "SLOW");
        TestParty kiosk = parties.kiosk("slow-k1");
        String sessionId = Parties.call(kiosk, expert, "SLOW");
        expert.connection().setReading(false);
        String text = "材".repeat(Chat.MAX_LENGTH);
        // Far more than the socket buffers of both ends can hold (about 36 MB).
        for (int i = 0; i < 6000 && !kiosk.has(PeerStatus.class); i++) {
            kiosk.send(sessionId, new Chat(text, null, null));
            if (i % 100 == 99) {
                kiosk.connection().send(new cn.remotewindow.protocol.Envelope(null, sessionId,
                        new Chat("同步", null, null))).syncUninterruptibly();
            }
        }
        // The kiosk learns that the expert's connection was dropped (the call is held for the grace period).
        assertThat(kiosk.awaitBody(PeerStatus.class)).isEqualTo(new PeerStatus(Role.EXPERT, false));
        expert.connection().setReading(true);
        // The close frame may be stuck behind the unread data; then the socket is simply cut.
        assertThat(expert.awaitClose()).isIn(CloseCode.SLOW_CONSUMER.code(), 1006);
    }
}
