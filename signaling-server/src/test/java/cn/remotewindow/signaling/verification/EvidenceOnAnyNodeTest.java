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
import cn.remotewindow.signaling.party.Kiosk;
import cn.remotewindow.signaling.security.AccessTokens;
import cn.remotewindow.signaling.testing.EmbeddedRedis;
import cn.remotewindow.signaling.testing.TestCluster;
import cn.remotewindow.signaling.testing.TestParty;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Identity verification on several nodes: the kiosk on node A (which owns the session and holds
 * the verification), the expert on node C, and the kiosk's evidence upload reaching whichever
 * node the load balancer picks.
 */
class EvidenceOnAnyNodeTest {

    static EmbeddedRedis redis;
    static TestCluster cluster;

    @BeforeAll
    static void start() {
        redis = EmbeddedRedis.start();
        cluster = new TestCluster(redis);
        cluster.start("node-a");
        cluster.start("node-c");
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
}
