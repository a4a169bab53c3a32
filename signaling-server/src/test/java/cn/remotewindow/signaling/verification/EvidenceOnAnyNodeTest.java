package cn.remotewindow.signaling.verification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.message.CitizenResult;
import cn.remotewindow.protocol.message.ReviewDecision;
import cn.remotewindow.protocol.message.Verdict;
import cn.remotewindow.protocol.message.VerifyChallenge;
import cn.remotewindow.protocol.message.VerifyPhase;
import cn.remotewindow.protocol.message.VerifyResult;
import cn.remotewindow.protocol.message.VerifyReview;
import cn.remotewindow.protocol.message.VerifyState;
import cn.remotewindow.signaling.api.verifications.ForwardingEvidenceReception;
import cn.remotewindow.signaling.party.Expert;
import cn.remotewindow.signaling.party.Kiosk;
import cn.remotewindow.signaling.security.AccessTokens;
import cn.remotewindow.signaling.testing.EmbeddedRedis;
import cn.remotewindow.signaling.testing.TestCluster;
import cn.remotewindow.signaling.testing.TestParty;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Identity verification on several nodes: the kiosk on node A (which owns the session and holds
 * the verification), the expert on node C, and the kiosk's evidence upload reaching whichever
 * node the load balancer picks. Node B tells the others an HTTP address where nobody listens.
 */
class EvidenceOnAnyNodeTest {

    static EmbeddedRedis redis;
    static TestCluster cluster;

    @BeforeAll
    static void start() {
        redis = EmbeddedRedis.start();
        cluster = new TestCluster(redis);
        cluster.start("node-a");
        cluster.start("node-b", "window.cluster.advertised-http-url=http://127.0.0.1:" + closedPort());
        cluster.start("node-c");
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stop() {
        cluster.close();
        redis.close();
    }

    /** A call between a kiosk on {@code kioskNode} and an expert on node C, and the challenge the kiosk was given. */
    private record Open(TestParty kiosk, TestParty expert, String sessionId, VerifyChallenge challenge) {
    }

    private static Open open(String kioskNode, String name) {
        TestParty expert = cluster.parties("node-c").expert("any-e-" + name, "ANY-" + name);
        TestParty kiosk = cluster.parties(kioskNode).kiosk("any-k-" + name);
        String sessionId = VerificationFlowSupport.call(kiosk, expert, "ANY-" + name);
        return new Open(kiosk, expert, sessionId, VerificationFlowSupport.consented(kiosk, expert, sessionId));
    }

    private static Map<String, Object> evidence(Open open) {
        return Evidence.body(open.challenge(), open.challenge().nonce(), Evidence.CARD, Evidence.face("obama2.jpg"),
                Evidence.burst("obama", open.challenge().steps()));
    }

    private static String kioskToken(String kioskId) {
        return cluster.node("node-a").getBean(AccessTokens.class).issue(new Kiosk(kioskId, "测试终端", "红旗区")).token();
    }

    private static WebTestClient.ResponseSpec upload(String node, String token, String path, Object body) {
        return VerificationFlowSupport.upload(VerificationFlowSupport.client(cluster.httpPort(node)), token, path, body);
    }

    private static void refused(WebTestClient.ResponseSpec answer, int status, String code) {
        answer.expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith("application/problem+json")
                .expectBody().jsonPath("$.code").isEqualTo(code).jsonPath("$.detail").isNotEmpty();
    }

    /** The machine's decision reaches the expert on node C, the review the kiosk on node A: as on one node. */
    private static void decidedAndReviewed(Open open) {
        assertThat(open.kiosk().awaitBody(VerifyResult.class).result()).isEqualTo(CitizenResult.CHECKING);
        VerifyState decided = open.expert().awaitBody(VerifyState.class, s -> s.phase() == VerifyPhase.DECIDED);
        assertThat(decided.verdict()).as("reasons: %s", decided.reasons()).isEqualTo(Verdict.PASS);
        open.expert().send(open.sessionId(), new VerifyReview(open.challenge().verificationId(), ReviewDecision.PASS,
                null, null));
        open.expert().awaitBody(VerifyState.class, s -> s.phase() == VerifyPhase.CLOSED);
        assertThat(open.kiosk().awaitBody(VerifyResult.class, r -> r.result() != CitizenResult.CHECKING).result())
                .isEqualTo(CitizenResult.PASSED);
    }

    @Test
    void evidenceUploadedToTheOwnerIsDecidedForTheExpertOnAnotherNode() {
        Open open = open("node-a", "owner");
        upload("node-a", kioskToken("any-k-owner"), open.challenge().uploadPath(), evidence(open))
                .expectStatus().isAccepted()
                .expectBody().jsonPath("$.result").isEqualTo("CHECKING");
        decidedAndReviewed(open);
    }

    @Test
    void evidenceUploadedToAnotherNodeIsSentOnToTheOwnerAndDecidedAsOnOneNode() {
        Open open = open("node-a", "sent");
        String token = kioskToken("any-k-sent");
        upload("node-c", token, open.challenge().uploadPath(), evidence(open))
                .expectStatus().isAccepted()
                .expectHeader().valueEquals(ForwardingEvidenceReception.FORWARDED_TO, "node-a")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.verificationId").isEqualTo(open.challenge().verificationId())
                .jsonPath("$.result").isEqualTo("CHECKING");
        decidedAndReviewed(open);

        // The owner's refusals come back unchanged: evidence is accepted once.
        WebTestClient.ResponseSpec again = upload("node-c", token, open.challenge().uploadPath(), evidence(open));
        again.expectHeader().valueEquals(ForwardingEvidenceReception.FORWARDED_TO, "node-a");
        refused(again, 409, "VERIFICATION_CLOSED");
    }

    @Test
    void onlyTheKioskOfTheSessionGetsItsEvidenceSentOn() {
        Open open = open("node-a", "who");
        WebTestClient.ResponseSpec otherKiosk = upload("node-c", kioskToken("any-k-stranger"),
                open.challenge().uploadPath(), evidence(open));
        otherKiosk.expectHeader().valueEquals(ForwardingEvidenceReception.FORWARDED_TO, "node-a");
        refused(otherKiosk, 403, "NOT_YOUR_VERIFICATION");

        String expertToken = cluster.node("node-c").getBean(AccessTokens.class)
                .issue(new Expert("any-e-who", "专家", Set.of("ANY-who"))).token();
        upload("node-c", expertToken, open.challenge().uploadPath(), evidence(open))
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(ForwardingEvidenceReception.FORWARDED_TO);
        VerificationFlowSupport.client(cluster.httpPort("node-c")).post().uri(open.challenge().uploadPath())
                .header("Content-Type", "application/json").bodyValue(evidence(open)).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().doesNotExist(ForwardingEvidenceReception.FORWARDED_TO);
        open.expert().assertNone(VerifyState.class, Duration.ofMillis(300));

        // Still open for its own kiosk.
        upload("node-c", kioskToken("any-k-who"), open.challenge().uploadPath(), evidence(open))
                .expectStatus().isAccepted();
    }

    @Test
    void aVerificationNobodyHoldsIsUnknownAsOnOneNode() {
        Open open = open("node-a", "nobody");
        WebTestClient.ResponseSpec unknown = upload("node-c", kioskToken("any-k-nobody"),
                "/api/verifications/v-nobody/evidence", evidence(open));
        unknown.expectHeader().doesNotExist(ForwardingEvidenceReception.FORWARDED_TO);
        refused(unknown, 404, "VERIFICATION_UNKNOWN");
    }

    @Test
    void aRequestAnotherNodeSentOnIsNeverSentOnAgain() {
        Open open = open("node-a", "loop");
        WebTestClient.ResponseSpec answer = VerificationFlowSupport.client(cluster.httpPort("node-c")).post()
                .uri(open.challenge().uploadPath())
                .header("Authorization", "Bearer " + kioskToken("any-k-loop"))
                .header("Content-Type", "application/json")
                .header(ForwardingEvidenceReception.FORWARDED_BY, "node-b")
                .bodyValue(evidence(open)).exchange();
        answer.expectHeader().doesNotExist(ForwardingEvidenceReception.FORWARDED_TO);
        // Node C does not hold it and has no record of it (each node has records of its own here).
        refused(answer, 404, "VERIFICATION_UNKNOWN");
    }

    @Test
    void anOwnerThatCannotBeReachedIsAnsweredWithItsOwnCode() {
        Open open = open("node-b", "lost");
        WebTestClient.ResponseSpec answer = upload("node-c", kioskToken("any-k-lost"), open.challenge().uploadPath(),
                evidence(open));
        refused(answer, 503, "VERIFICATION_NODE_UNREACHABLE");
        open.expert().assertNone(VerifyState.class, Duration.ofMillis(300));
    }
}
