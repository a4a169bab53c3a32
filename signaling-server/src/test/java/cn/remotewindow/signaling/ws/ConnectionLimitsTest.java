package cn.remotewindow.signaling.ws;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.CloseCode;
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
    void aSilentClientIsClosedAfterTheIdleTimeout() throws InterruptedException {
        TestParty kiosk = parties.kiosk("silent-k1");
        kiosk.connection().setReading(false);
        Thread.sleep(2000);
        kiosk.connection().setReading(true);
        assertThat(kiosk.awaitClose()).isEqualTo(CloseCode.IDLE_TIMEOUT.code());
    }
}
