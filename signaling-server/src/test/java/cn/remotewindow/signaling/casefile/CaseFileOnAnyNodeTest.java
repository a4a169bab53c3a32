package cn.remotewindow.signaling.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.message.CaseOutcome;
import cn.remotewindow.protocol.message.ClosingPhase;
import cn.remotewindow.protocol.message.ClosingRequest;
import cn.remotewindow.protocol.message.ClosingState;
import cn.remotewindow.protocol.message.ClosingSummary;
import cn.remotewindow.protocol.message.DocumentCapture;
import cn.remotewindow.protocol.message.DocumentDecision;
import cn.remotewindow.protocol.message.DocumentPhase;
import cn.remotewindow.protocol.message.DocumentRequest;
import cn.remotewindow.protocol.message.DocumentReview;
import cn.remotewindow.protocol.message.DocumentState;
import cn.remotewindow.protocol.message.MaterialStatus;
import cn.remotewindow.protocol.message.MaterialsMark;
import cn.remotewindow.protocol.message.MaterialsState;
import cn.remotewindow.protocol.message.OutcomeRecorded;
import cn.remotewindow.protocol.message.OutcomeSubmit;
import cn.remotewindow.signaling.cluster.NodeForwarder;
import cn.remotewindow.signaling.party.Expert;
import cn.remotewindow.signaling.party.Kiosk;
import cn.remotewindow.signaling.security.AccessTokens;
import cn.remotewindow.signaling.testing.EmbeddedRedis;
import cn.remotewindow.signaling.testing.TestCluster;
import cn.remotewindow.signaling.testing.TestParty;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The case file on two nodes: the kiosk on node A (which runs the session and keeps its case
 * file), the expert on node B, and every HTTP request about the case file reaching the other node
 * than the one that runs it — sent on, and answered as on one node.
 */
class CaseFileOnAnyNodeTest {

    static EmbeddedRedis redis;
    static TestCluster cluster;

    @BeforeAll
    static void start() {
        redis = EmbeddedRedis.start();
        cluster = new TestCluster(redis);
        cluster.start("node-a");
        cluster.start("node-b");
    }

    @AfterAll
    static void stop() {
        cluster.close();
        redis.close();
    }

    private static WebTestClient http(String node) {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + cluster.httpPort(node))
                .defaultHeader("Connection", "close").responseTimeout(Duration.ofSeconds(30)).build();
    }

    private static AccessTokens tokens() {
        return cluster.node("node-a").getBean(AccessTokens.class);
    }

    @Test
    void picturesSignatureAndCaseFileReachTheNodeThatRunsTheSession() {
        TestParty expert = cluster.parties("node-b").expert("any-cf-e", CaseFileFlowSupport.ITEM);
        TestParty kiosk = cluster.parties("node-a").kiosk("any-cf-k");
        String sessionId = CaseFileFlowSupport.call(kiosk, expert);
        String kioskToken = tokens().issue(new Kiosk("any-cf-k", "自助终端", "红旗区")).token();
        String expertToken = tokens().issue(new Expert("any-cf-e", "专家", Set.of(CaseFileFlowSupport.ITEM))).token();

        expert.send(sessionId, new DocumentRequest("HUKOU-BOOK", null));
        DocumentCapture capture = kiosk.awaitBody(DocumentCapture.class);
        byte[] page = Pictures.document(1600, 1200, "jpg", 9);
        http("node-b").post().uri(capture.uploadPath()).header("Authorization", "Bearer " + kioskToken)
                .header("Content-Type", "image/jpeg").bodyValue(page).exchange()
                .expectStatus().isAccepted()
                .expectHeader().valueEquals(NodeForwarder.FORWARDED_TO, "node-a")
                .expectBody().jsonPath("$.attempt").isEqualTo(1);
        DocumentState uploaded = expert.awaitBody(DocumentState.class, s -> s.phase() == DocumentPhase.UPLOADED);

        // The expert's console may reach either node: the picture and the case file come from node A.
        byte[] seen = http("node-b").get().uri(uploaded.imagePath()).header("Authorization", "Bearer " + expertToken)
                .exchange().expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(seen).isEqualTo(page);
        http("node-b").get().uri("/api/sessions/" + sessionId + "/case-file")
                .header("Authorization", "Bearer " + expertToken).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.documents[0].phase").isEqualTo("UPLOADED");

        expert.send(sessionId, new DocumentReview(capture.documentId(), DocumentDecision.ACCEPT, null, null));
        expert.awaitBody(DocumentState.class, s -> s.phase() == DocumentPhase.ACCEPTED);
        expert.send(sessionId, new MaterialsMark("ID-CARD", MaterialStatus.RECEIVED, null, null));
        expert.send(sessionId, new MaterialsMark("RESIDENCE-PROOF", MaterialStatus.NOT_APPLICABLE, null, "投靠落户"));
        expert.awaitBody(MaterialsState.class, s -> s.materials().stream()
                .anyMatch(m -> m.code().equals("RESIDENCE-PROOF") && m.status() == MaterialStatus.NOT_APPLICABLE));
        expert.send(sessionId, new OutcomeSubmit(CaseOutcome.ACCEPTED, null, null, null, null));
        expert.awaitBody(OutcomeRecorded.class);
        expert.send(sessionId, new ClosingRequest());
        ClosingSummary summary = kiosk.awaitBody(ClosingSummary.class);

        http("node-b").post().uri(summary.signPath()).header("Authorization", "Bearer " + kioskToken)
                .header("Content-Type", "image/png").bodyValue(Pictures.signature(3)).exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals(NodeForwarder.FORWARDED_TO, "node-a");
        ClosingState signed = expert.awaitBody(ClosingState.class, s -> s.phase() == ClosingPhase.SIGNED);
        byte[] pdf = http("node-b").get().uri(signed.receiptPath()).header("Authorization", "Bearer " + kioskToken)
                .exchange().expectStatus().isOk().expectHeader().contentType("application/pdf")
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}
