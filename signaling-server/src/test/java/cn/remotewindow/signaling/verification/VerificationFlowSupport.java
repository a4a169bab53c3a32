package cn.remotewindow.signaling.verification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.message.Consent;
import cn.remotewindow.protocol.message.Priority;
import cn.remotewindow.protocol.message.Ring;
import cn.remotewindow.protocol.message.RingAccept;
import cn.remotewindow.protocol.message.ServiceRequest;
import cn.remotewindow.protocol.message.SessionEstablished;
import cn.remotewindow.protocol.message.VerifyChallenge;
import cn.remotewindow.protocol.message.VerifyConsent;
import cn.remotewindow.protocol.message.VerifyPhase;
import cn.remotewindow.protocol.message.VerifyRequest;
import cn.remotewindow.protocol.message.VerifyStart;
import cn.remotewindow.protocol.message.VerifyState;
import cn.remotewindow.signaling.party.Kiosk;
import cn.remotewindow.signaling.record.verification.VerificationRecords;
import cn.remotewindow.signaling.security.AccessTokens;
import cn.remotewindow.signaling.testing.ServerTest;
import cn.remotewindow.signaling.testing.TestParty;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A started server, a call between a kiosk and an expert, and the kiosk's HTTP side for the evidence. */
abstract class VerificationFlowSupport extends ServerTest {

    @LocalServerPort
    int port;

    @Autowired
    AccessTokens accessTokens;

    @Autowired
    VerificationRecords records;

    WebTestClient http;

    @BeforeEach
    void client() {
        http = client(port);
    }

    /** The kiosk's HTTP client for the server on this port. */
    static WebTestClient client(int port) {
        // One request per connection: see cn.remotewindow.signaling.OneRequestPerConnection.
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .defaultHeader("Connection", "close")
                .responseTimeout(Duration.ofSeconds(30)).build();
    }

    /** A call between them; the session id. */
    static String call(TestParty kiosk, TestParty expert, String skill) {
        kiosk.send(new ServiceRequest(skill, null, "410702-2026-000123", Priority.NORMAL));
        String sessionId = expert.await(Ring.class).sessionId();
        expert.send(sessionId, new RingAccept());
        kiosk.await(SessionEstablished.class);
        expert.await(SessionEstablished.class);
        return sessionId;
    }

    /** The expert starts, the kiosk consents: the challenge the kiosk received. */
    static VerifyChallenge consented(TestParty kiosk, TestParty expert, String sessionId) {
        expert.send(sessionId, new VerifyStart());
        // A verification still open is cancelled first (its CANCELLED state comes before).
        VerifyState requested = expert.awaitBody(VerifyState.class, s -> s.phase() == VerifyPhase.REQUESTED);
        VerifyRequest request = kiosk.awaitBody(VerifyRequest.class);
        assertThat(request.verificationId()).isEqualTo(requested.verificationId());
        kiosk.send(sessionId, new VerifyConsent(request.verificationId(), Consent.GIVEN));
        VerifyChallenge challenge = kiosk.awaitBody(VerifyChallenge.class);
        expert.awaitBody(VerifyState.class, s -> s.phase() == VerifyPhase.CAPTURING);
        return challenge;
    }

    String kioskToken(String kioskId) {
        return accessTokens.issue(new Kiosk(kioskId, "测试终端", "红旗区")).token();
    }

    WebTestClient.ResponseSpec upload(String token, String path, Object body) {
        return upload(http, token, path, body);
    }

    /** The kiosk's evidence upload as docs/http-api.md describes it. */
    static WebTestClient.ResponseSpec upload(WebTestClient http, String token, String path, Object body) {
        return http.post().uri(path).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").bodyValue(body).exchange();
    }
}
