package cn.remotewindow.signaling.session;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.CloseCode;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.Priority;
import cn.remotewindow.protocol.message.Ring;
import cn.remotewindow.protocol.message.RingCancelled;
import cn.remotewindow.protocol.message.ServiceRequest;
import cn.remotewindow.protocol.message.SessionEnded;
import cn.remotewindow.protocol.message.SessionPhase;
import cn.remotewindow.protocol.message.SessionStatus;
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
            TestParty ringing = parties.expert("stop-e2", "RING");
            TestParty rung = parties.kiosk("stop-k2");
            rung.send(new ServiceRequest("RING", null, null, Priority.NORMAL));
            ringing.await(Ring.class);
            TestParty waiting = parties.kiosk("stop-k3");
            waiting.send(new ServiceRequest("RING", null, null, Priority.NORMAL));
            waiting.await(SessionStatus.class, s -> s.phase() == SessionPhase.QUEUED);

            context.close();

            SessionEnded expected = new SessionEnded(Role.SERVER, EndReason.SERVER_SHUTDOWN);
            assertThat(kiosk.awaitBody(SessionEnded.class)).isEqualTo(expected);
            assertThat(expert.awaitBody(SessionEnded.class)).isEqualTo(expected);
            assertThat(rung.awaitBody(SessionEnded.class)).isEqualTo(expected);
            assertThat(waiting.awaitBody(SessionEnded.class)).isEqualTo(expected);
            assertThat(ringing.awaitBody(RingCancelled.class).reason()).isEqualTo(EndReason.SERVER_SHUTDOWN);
            assertThat(kiosk.awaitClose()).isEqualTo(CloseCode.GOING_AWAY.code());
            assertThat(ringing.awaitClose()).isEqualTo(CloseCode.GOING_AWAY.code());
            // Freed by the first ending, the ringing expert was not rung for the waiting kiosk.
            assertThat(ringing.inboxSnapshot()).noneMatch(e -> e.body() instanceof Ring);
        } finally {
            context.close();
        }
    }
}
