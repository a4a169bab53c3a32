package cn.remotewindow.signaling.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.remotewindow.protocol.CloseCode;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.Chat;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.ExpertState;
import cn.remotewindow.protocol.message.PresenceState;
import cn.remotewindow.protocol.message.Priority;
import cn.remotewindow.protocol.message.Ring;
import cn.remotewindow.protocol.message.RingAccept;
import cn.remotewindow.protocol.message.ServiceRequest;
import cn.remotewindow.protocol.message.SessionEnd;
import cn.remotewindow.protocol.message.SessionEnded;
import cn.remotewindow.protocol.message.SessionEstablished;
import cn.remotewindow.protocol.message.SessionPhase;
import cn.remotewindow.protocol.message.SessionResumed;
import cn.remotewindow.protocol.message.SessionStatus;
import cn.remotewindow.signaling.party.Expert;
import cn.remotewindow.signaling.security.AccessTokens;
import cn.remotewindow.signaling.testing.Parties;
import cn.remotewindow.signaling.testing.ClusterTest;
import cn.remotewindow.signaling.testing.TestParty;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * An operator drains node B before maintenance: it takes no new connections, its sessions go to A
 * and C, its parties are told to reconnect (1001) and carry on there — calls, a waiting request,
 * and the presence its idle expert had chosen. A node that is stopped (SIGTERM) drains the same way.
 */
class NodeDrainTest extends ClusterTest {


    @BeforeAll
    static void startNodes() {
        cluster.start("node-a");
        cluster.start("node-b");
        cluster.start("node-c");
    }

    @Test
    void aDrainedNodeHandsOverItsSessionsAndItsPartiesCarryOnElsewhere() {
        Parties onA = cluster.parties("node-a");
        Parties onB = cluster.parties("node-b");
        Parties onC = cluster.parties("node-c");
        TestParty expert1 = onC.expert("dr-e1", "DR-1");
        TestParty kiosk1 = onB.kiosk("dr-k1");
        String s1 = Parties.activeCall(kiosk1, expert1, "DR-1");
        TestParty kiosk4 = onB.kiosk("dr-k4");
        kiosk4.send(new ServiceRequest("DR-4", null, null, Priority.NORMAL));
        String s4 = kiosk4.await(SessionStatus.class, s -> s.phase() == SessionPhase.QUEUED).sessionId();
        TestParty expert3 = onB.expert("dr-e3", "DR-3");

        WebTestClient b = http(cluster.node("node-b"));
        String admin = cluster.node("node-b").getBean(AccessTokens.class).issueAdmin("ops", "运维值班").token();
        b.post().uri("/api/admin/cluster/drain").header("Authorization", "Bearer " + admin).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.node").isEqualTo("node-b")
                .jsonPath("$.handedOver").isEqualTo(2)
                .jsonPath("$.disconnected").isEqualTo(3);
        assertThat(kiosk1.awaitClose()).isEqualTo(CloseCode.GOING_AWAY.code());
        assertThat(kiosk4.awaitClose()).isEqualTo(CloseCode.GOING_AWAY.code());
        assertThat(expert3.awaitClose()).isEqualTo(CloseCode.GOING_AWAY.code());
        assertThatThrownBy(() -> onB.kiosk("dr-late")).as("a drained node takes no new connections")
                .isInstanceOf(RuntimeException.class);
        http(cluster.node("node-a")).get().uri("/api/admin/cluster").header("Authorization", "Bearer " + admin)
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.nodes[?(@.id == 'node-b')].draining").isEqualTo(true);

        TestParty kiosk1Back = onA.authenticated(Parties.kioskParty("dr-k1"), s1);
        assertThat(kiosk1Back.awaitBody(SessionResumed.class).phase()).isEqualTo(SessionPhase.ACTIVE);
        kiosk1Back.send(s1, new Chat("换了服务器也能继续", Role.KIOSK, null));
        assertThat(expert1.awaitBody(Chat.class).text()).isEqualTo("换了服务器也能继续");

        TestParty kiosk4Back = onC.authenticated(Parties.kioskParty("dr-k4"), s4);
        assertThat(kiosk4Back.awaitBody(SessionResumed.class).phase()).isEqualTo(SessionPhase.QUEUED);
        TestParty expert4 = onA.expert("dr-e4", "DR-4");
        assertThat(expert4.await(Ring.class).sessionId()).isEqualTo(s4);
        expert4.send(s4, new RingAccept());
        kiosk4Back.await(SessionEstablished.class);

        TestParty expert3Back = onC.authenticated(new Expert("dr-e3", "专家 dr-e3", Set.of("DR-3")), null);
        expert3Back.await(PresenceState.class, p -> p.state() == ExpertState.AVAILABLE);
        TestParty kiosk5 = onA.kiosk("dr-k5");
        kiosk5.send(new ServiceRequest("DR-3", null, null, Priority.NORMAL));
        String s5 = expert3Back.await(Ring.class).sessionId();
        expert3Back.send(s5, new RingAccept());
        kiosk5.await(SessionEstablished.class);

        kiosk1Back.send(s1, new SessionEnd(EndReason.HANGUP));
        assertThat(expert1.awaitBody(SessionEnded.class).reason()).isEqualTo(EndReason.HANGUP);
    }

    @Test
    void aNodeStoppedByItsOperatorHandsItsCallsOverInsteadOfEndingThem() {
        ConfigurableApplicationContext d = cluster.start("node-d");
        Parties onD = cluster.parties("node-d");
        Parties onC = cluster.parties("node-c");
        TestParty expert = onC.expert("dr-e6", "DR-6");
        TestParty kiosk = onD.kiosk("dr-k6");
        String session = Parties.activeCall(kiosk, expert, "DR-6");

        cluster.stop("node-d");
        assertThat(kiosk.awaitClose()).isEqualTo(CloseCode.GOING_AWAY.code());
        assertThat(kiosk.has(SessionEnded.class)).as("the call was not ended").isFalse();

        TestParty back = onC.authenticated(Parties.kioskParty("dr-k6"), session);
        assertThat(back.awaitBody(SessionResumed.class).phase()).isEqualTo(SessionPhase.ACTIVE);
        expert.send(session, new Chat("还在", Role.EXPERT, null));
        assertThat(back.awaitBody(Chat.class).text()).isEqualTo("还在");
        assertThat(d.isActive()).isFalse();
    }

    private static WebTestClient http(ConfigurableApplicationContext node) {
        return WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + node.getEnvironment().getProperty("local.server.port"))
                .defaultHeader("Connection", "close").responseTimeout(Duration.ofSeconds(30)).build();
    }
}
