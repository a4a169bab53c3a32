package cn.remotewindow.signaling.ws;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.CloseCode;
import cn.remotewindow.protocol.message.Chat;
import cn.remotewindow.signaling.testing.Parties;
import cn.remotewindow.signaling.testing.ServerTest;
import cn.remotewindow.signaling.testing.TestParty;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Deadlines of a connection: authentication deadline and idle timeout. */
@TestPropertySource(properties = {
        "window.signaling.auth-timeout=1s",
        "window.signaling.heartbeat-interval=300ms",
        "window.signaling.idle-timeout=1s"})
class ConnectionLimitsTest extends ServerTest {

    @Test
    void aConnectionThatDoesNotAuthenticateIsClosed() {
        TestParty anonymous = parties.anonymous();
        assertThat(anonymous.awaitClose()).isEqualTo(CloseCode.AUTH_TIMEOUT.code());
    }

    @Test
    void aClientThatAnswersPingsStaysConnected() throws InterruptedException {
        TestParty kiosk = parties.kiosk("alive-k1");
        Thread.sleep(2500);
        assertThat(kiosk.isOpen()).isTrue();
    }

    @Test
    void aClientThatOnlyListensIsPingedEvenWhileTheServerTalksToIt() throws InterruptedException {
        TestParty expert = parties.expert("listen-e1", "LISTEN");
        TestParty kiosk = parties.kiosk("listen-k1");
        String sessionId = Parties.call(kiosk, expert, "LISTEN");
        // The server writes to the kiosk every 100 ms; the kiosk itself never sends a message.
        for (int i = 0; i < 25; i++) {
            expert.send(sessionId, new Chat("第" + i + "条", null, null));
            Thread.sleep(100);
        }
        assertThat(kiosk.isOpen()).isTrue();
        assertThat(kiosk.has(Chat.class)).isTrue();
    }

    @Test
    void aSilentClientIsClosedAfterTheIdleTimeout() throws InterruptedException {
        TestParty kiosk = parties.kiosk("silent-k1");
        kiosk.connection().setReading(false);
        Thread.sleep(2000);
        kiosk.connection().setReading(true);
        assertThat(kiosk.awaitClose()).isEqualTo(CloseCode.IDLE_TIMEOUT.code());
    }
}
