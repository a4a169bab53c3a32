package cn.remotewindow.signaling.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.Chat;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.ExpertState;
import cn.remotewindow.protocol.message.IceCandidate;
import cn.remotewindow.protocol.message.PeerConnected;
import cn.remotewindow.protocol.message.PresenceState;
import cn.remotewindow.protocol.message.Priority;
import cn.remotewindow.protocol.message.QueueUpdate;
import cn.remotewindow.protocol.message.Ring;
import cn.remotewindow.protocol.message.RingAccept;
import cn.remotewindow.protocol.message.SdpAnswer;
import cn.remotewindow.protocol.message.SdpOffer;
import cn.remotewindow.protocol.message.ServiceRequest;
import cn.remotewindow.protocol.message.SessionEnd;
import cn.remotewindow.protocol.message.SessionEnded;
import cn.remotewindow.protocol.message.SessionEstablished;
import cn.remotewindow.protocol.message.SessionPhase;
import cn.remotewindow.protocol.message.SessionStatus;
import cn.remotewindow.signaling.testing.Parties;
import cn.remotewindow.signaling.testing.ClusterTest;
import cn.remotewindow.signaling.testing.TestParty;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Three nodes on one Redis: a kiosk on node A is served by an expert on node C, the whole call relayed. */
class CrossNodeCallTest extends ClusterTest {


    @BeforeAll
    static void startNodes() {
        cluster.start("node-a");
        cluster.start("node-b");
        cluster.start("node-c");
    }

    @Test
    void aKioskOnOneNodeIsServedByAnExpertOnAnotherWithTheWholeCallRelayedInOrder() {
        Parties onA = cluster.parties("node-a");
        Parties onC = cluster.parties("node-c");
        TestParty expert = onC.expert("xn-zhang", "XN-PSB");
        TestParty kiosk = onA.kiosk("xn-kiosk-1");

        kiosk.send(new ServiceRequest("XN-PSB", null, "410702-2026-000777", Priority.NORMAL));
        Envelope ring = expert.await(Ring.class);
        String sessionId = ring.sessionId();
        assertThat(((Ring) ring.body()).request().kioskId()).isEqualTo("xn-kiosk-1");
        expert.await(PresenceState.class, p -> p.state() == ExpertState.BUSY);

        expert.send(sessionId, new RingAccept());
        assertThat(kiosk.awaitBody(SessionEstablished.class).peer().id()).isEqualTo("xn-zhang");
        assertThat(expert.awaitBody(SessionEstablished.class).peer().id()).isEqualTo("xn-kiosk-1");

        // The kiosk's description, then its candidates: the expert must see them in that order.
        kiosk.send(sessionId, new SdpOffer(Parties.OFFER, false));
        for (int i = 0; i < 10; i++) {
            kiosk.send(sessionId, candidate(i));
        }
        List<Envelope> atExpert = expert.awaitInOrder(11, SdpOffer.class, IceCandidate.class);
        assertThat(atExpert.get(0).body()).isInstanceOf(SdpOffer.class);
        for (int i = 0; i < 10; i++) {
            assertThat(((IceCandidate) atExpert.get(i + 1).body()).candidate()).isEqualTo(candidate(i).candidate());
        }
        expert.send(sessionId, new SdpAnswer(Parties.ANSWER));
        kiosk.await(SdpAnswer.class);
        expert.send(sessionId, candidate(99));
        assertThat(kiosk.awaitBody(IceCandidate.class).candidate()).isEqualTo(candidate(99).candidate());

        kiosk.send(sessionId, new PeerConnected());
        kiosk.await(SessionStatus.class, s -> s.phase() == SessionPhase.ACTIVE);
        expert.await(SessionStatus.class, s -> s.phase() == SessionPhase.ACTIVE);

        expert.send(sessionId, new Chat("请出示身份证", Role.EXPERT, null, null, null));
        assertThat(kiosk.awaitBody(Chat.class).text()).isEqualTo("请出示身份证");

        kiosk.send(sessionId, new SessionEnd(EndReason.HANGUP));
        assertThat(expert.awaitBody(SessionEnded.class).reason()).isEqualTo(EndReason.HANGUP);
        assertThat(kiosk.awaitBody(SessionEnded.class).reason()).isEqualTo(EndReason.HANGUP);
    }

    @Test
    void aKioskWaitingOnOneNodeIsTakenByAnExpertWhoBecomesAvailableOnAnother() {
        Parties onB = cluster.parties("node-b");
        Parties onA = cluster.parties("node-a");
        TestParty kiosk = onB.kiosk("xn-kiosk-2");
        kiosk.send(new ServiceRequest("XN-MCA", null, null, Priority.NORMAL));
        kiosk.await(SessionStatus.class, s -> s.phase() == SessionPhase.QUEUED);
        kiosk.await(QueueUpdate.class, q -> q.position() == 1);

        TestParty expert = onA.expert("xn-liu", "XN-MCA");
        String sessionId = expert.await(Ring.class).sessionId();
        expert.send(sessionId, new RingAccept());
        kiosk.await(SessionEstablished.class);
        expert.await(SessionEstablished.class);
        kiosk.send(sessionId, new cn.remotewindow.protocol.message.ServiceCancel());
        expert.await(SessionEnded.class);
    }

    @Test
    void requestsFromEveryNodeAtOnceAreEachServedOnceAndNoExpertIsGivenTwo() throws Exception {
        List<String> nodes = List.of("node-a", "node-b", "node-c");
        List<TestParty> experts = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            experts.add(cluster.parties(nodes.get(i % 3)).expert("xn-many-e" + i, "XN-MANY"));
        }
        List<TestParty> kiosks = new java.util.ArrayList<>();
        for (int i = 0; i < 24; i++) {
            kiosks.add(cluster.parties(nodes.get(i % 3)).kiosk("xn-many-k" + i));
        }
        java.util.Map<String, String> servedBy = new java.util.concurrent.ConcurrentHashMap<>();
        List<String> violations = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors.newFixedThreadPool(experts.size());
        List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
        for (TestParty expert : experts) {
            done.add(workers.submit(() -> {
                // Each expert answers ring after ring until every kiosk was served; a second ring while
                // one is being answered would be a double assignment.
                long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
                while (servedBy.size() < kiosks.size() && System.nanoTime() < until) {
                    if (!expert.has(Ring.class)) {
                        Thread.sleep(5);
                        continue;
                    }
                    Envelope ring = expert.await(Ring.class);
                    String previous = servedBy.putIfAbsent(ring.sessionId(), expert.toString());
                    if (previous != null) {
                        violations.add(ring.sessionId() + " rung for two experts");
                    }
                    expert.send(ring.sessionId(), new RingAccept());
                    expert.await(SessionEstablished.class);
                    if (expert.has(Ring.class)) {
                        violations.add(expert + " was rung again while taking a call");
                    }
                    expert.send(ring.sessionId(), new SessionEnd(EndReason.HANGUP));
                    expert.await(SessionEnded.class);
                }
                return null;
            }));
        }
        for (int i = 0; i < kiosks.size(); i++) {
            kiosks.get(i).send(new ServiceRequest("XN-MANY", null, "410702-2026-" + (1000 + i), Priority.NORMAL));
        }
        for (java.util.concurrent.Future<?> expert : done) {
            expert.get(120, java.util.concurrent.TimeUnit.SECONDS);
        }
        workers.shutdownNow();
        assertThat(violations).isEmpty();
        assertThat(servedBy).hasSize(kiosks.size());
        for (TestParty kiosk : kiosks) {
            assertThat(kiosk.inboxSnapshot().stream().filter(e -> e.body() instanceof SessionEstablished).count())
                    .as("established once").isEqualTo(1);
        }
    }

    @Test
    void aCatalogueImportedOnOneNodeIsServedByAll() throws Exception {
        String demo;
        try (var in = CrossNodeCallTest.class.getResourceAsStream("/catalogue/xinxiang.yml")) {
            demo = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String next = demo.replaceFirst("(?m)^version: .*$", "version: 2026.2-cluster-test");
        var tokens = cluster.node("node-a").getBean(cn.remotewindow.signaling.security.AccessTokens.class);
        String admin = tokens.issueAdmin("ops", "运维值班").token();
        http("node-a").post().uri("/api/admin/catalogue").header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/yaml").bodyValue(next).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.version").isEqualTo("2026.2-cluster-test");
        String expert = tokens.issue(new cn.remotewindow.signaling.party.Expert("xn-cat", "专家", java.util.Set.of("PSB")))
                .token();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                http("node-c").get().uri("/api/catalogue").header("Authorization", "Bearer " + expert).exchange()
                        .expectStatus().isOk().expectBody().jsonPath("$.version").isEqualTo("2026.2-cluster-test"));
    }

    private static org.springframework.test.web.reactive.server.WebTestClient http(String node) {
        return org.springframework.test.web.reactive.server.WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + cluster.node(node).getEnvironment().getProperty("local.server.port"))
                .defaultHeader("Connection", "close").responseTimeout(java.time.Duration.ofSeconds(30)).build();
    }

    private static IceCandidate candidate(int i) {
        return new IceCandidate("candidate:" + i + " 1 udp 2122260223 10.0.0.2 " + (50000 + i) + " typ host", "0", 0,
                null, null, null);
    }
}
