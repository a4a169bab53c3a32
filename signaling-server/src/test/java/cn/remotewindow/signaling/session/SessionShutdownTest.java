package cn.remotewindow.signaling.session;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.CloseCode;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.SessionEnded;
import cn.remotewindow.signaling.SignalingApplication;
import cn.remotewindow.signaling.auth.SignalingTickets;
import cn.remotewindow.signaling.testing.Parties;
import cn.remotewindow.signaling.testing.TestParty;
import cn.remotewindow.signaling.ws.SignalingServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Stopping a node tells both parties of every open call why, then closes with 1001. */
class SessionShutdownTest {

    @Test
    void stoppingTheServerEndsOpenSessionsWithServerShutdown() {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SignalingApplication.class)
                .run("--server.port=0", "--window.signaling.port=0", "--window.demo.enabled=false");
        try (Parties parties = new Parties(context.getBean(SignalingServer.class), context.getBean(SignalingTickets.class))) {
            TestParty expert = parties.expert("stop-e1", "STOP");
            TestParty kiosk = parties.kiosk("stop-k1");
            Parties.call(kiosk, expert, "STOP");
            context.close();
            SessionEnded expected = new SessionEnded(Role.SERVER, EndReason.SERVER_SHUTDOWN);
            assertThat(kiosk.awaitBody(SessionEnded.class)).isEqualTo(expected);
            assertThat(expert.awaitBody(SessionEnded.class)).isEqualTo(expected);
            assertThat(kiosk.awaitClose()).isEqualTo(CloseCode.GOING_AWAY.code());
        } finally {
            context.close();
        }
    }
}
