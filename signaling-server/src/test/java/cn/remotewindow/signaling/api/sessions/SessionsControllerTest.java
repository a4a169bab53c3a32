package cn.remotewindow.signaling.api.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.message.CaseOutcome;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.MissingDocument;
import cn.remotewindow.protocol.message.OutcomeRecorded;
import cn.remotewindow.protocol.message.OutcomeSubmit;
import cn.remotewindow.protocol.message.PeerConnected;
import cn.remotewindow.protocol.message.Priority;
import cn.remotewindow.protocol.message.RatingRecorded;
import cn.remotewindow.protocol.message.RatingSubmit;
import cn.remotewindow.protocol.message.Ring;
import cn.remotewindow.protocol.message.RingAccept;
import cn.remotewindow.protocol.message.Satisfaction;
import cn.remotewindow.protocol.message.ServiceRequest;
import cn.remotewindow.protocol.message.SessionEnd;
import cn.remotewindow.protocol.message.SessionEnded;
import cn.remotewindow.protocol.message.SessionEstablished;
import cn.remotewindow.protocol.message.SessionPhase;
import cn.remotewindow.protocol.message.SessionStatus;
import cn.remotewindow.signaling.HttpApiTest;
import cn.remotewindow.signaling.TestTokens;
import cn.remotewindow.signaling.auth.SignalingTickets;
import cn.remotewindow.signaling.testing.Parties;
import cn.remotewindow.signaling.testing.TestParty;
import cn.remotewindow.signaling.ws.SignalingServer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * GET /api/sessions/mine and /api/sessions/{id}, end to end: calls made over the WebSocket by a
 * demo expert, then read back over HTTP by that expert and refused to everyone else.
 */
@HttpApiTest
class SessionsControllerTest {

    /** ISO-8601 in UTC, to the millisecond at most. */
    private static final String ISO_INSTANT = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z";

    @Autowired
    WebTestClient client;
    @Autowired
    SignalingServer server;
    @Autowired
    SignalingTickets tickets;

    private Parties parties;

    @BeforeEach
    void openParties() {
        parties = new Parties(server, tickets);
    }

    @AfterEach
    void closeParties() {
        parties.close();
    }

    /** A call of the demo expert: answered, connected, outcome recorded, hung up and rated. */
    private String finishedCall(TestParty expert, String kioskId, String skill) {
        TestParty kiosk = parties.kiosk(kioskId, "红旗区");
        kiosk.send(new ServiceRequest(skill, null, "410702-2026-000300", Priority.GREEN_CHANNEL));
        String sessionId = expert.await(Ring.class).sessionId();
        expert.send(sessionId, new RingAccept());
        kiosk.await(SessionEstablished.class);
        expert.await(SessionEstablished.class);
        kiosk.send(sessionId, new PeerConnected());
        expert.await(SessionStatus.class, s -> s.phase() == SessionPhase.ACTIVE);
        expert.send(sessionId, new OutcomeSubmit(CaseOutcome.ACCEPTED_PENDING_DOCUMENTS, null,
                List.of(new MissingDocument("户口簿原件", "2026-03-09")), null, "下周补交"));
        expert.await(OutcomeRecorded.class);
        expert.send(sessionId, new SessionEnd(EndReason.HANGUP));
        kiosk.await(SessionEnded.class);
        kiosk.send(sessionId, new RatingSubmit(Satisfaction.SATISFIED, "老师讲得很清楚，电话 13800000000"));
        kiosk.await(RatingRecorded.class);
        return sessionId;
    }

    private WebTestClient.ResponseSpec get(String path, String token) {
        return client.get().uri(path).headers(h -> h.setBearerAuth(token)).exchange();
    }

    @Test
    void anExpertReadsTheirOwnSessionsLatestFirst() {
        String zhaolei = TestTokens.expertToken(client, "zhaolei", "demo-zhaolei");
        TestParty expert = parties.expert("zhaolei", "HIST-A");
        String finished = finishedCall(expert, "hist-k1", "HIST-A");
        String open = Parties.call(parties.kiosk("hist-k2", "卫滨区"), expert, "HIST-A");

        get("/api/sessions/mine", zhaolei)
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.sessions.length()").isEqualTo(2)
                .jsonPath("$.sessions[0].sessionId").isEqualTo(open)
                .jsonPath("$.sessions[0].district").isEqualTo("卫滨区")
                .jsonPath("$.sessions[0].acceptedAt").value(String.class, at -> assertThat(at).matches(ISO_INSTANT))
                .jsonPath("$.sessions[0].endedAt").doesNotExist()
                .jsonPath("$.sessions[0].outcome").doesNotExist()
                .jsonPath("$.sessions[0].caseNumber").doesNotExist()
                .jsonPath("$.sessions[0].events").doesNotExist()
                .jsonPath("$.sessions[1].sessionId").isEqualTo(finished)
                .jsonPath("$.sessions[1].kioskId").isEqualTo("hist-k1")
                .jsonPath("$.sessions[1].kioskName").isEqualTo("自助终端 hist-k1")
                .jsonPath("$.sessions[1].district").isEqualTo("红旗区")
                .jsonPath("$.sessions[1].skill").isEqualTo("HIST-A")
                .jsonPath("$.sessions[1].itemCode").isEqualTo("HIST-A")
                .jsonPath("$.sessions[1].departmentCode").doesNotExist()
                .jsonPath("$.sessions[1].caseNumber").isEqualTo("410702-2026-000300")
                .jsonPath("$.sessions[1].priority").isEqualTo("GREEN_CHANNEL")
                .jsonPath("$.sessions[1].requestedAt").value(String.class, at -> assertThat(at).matches(ISO_INSTANT))
                .jsonPath("$.sessions[1].connectedAt").value(String.class, at -> assertThat(at).matches(ISO_INSTANT))
                .jsonPath("$.sessions[1].endedAt").value(String.class, at -> assertThat(at).matches(ISO_INSTANT))
                .jsonPath("$.sessions[1].endedBy").isEqualTo("EXPERT")
                .jsonPath("$.sessions[1].endReason").isEqualTo("HANGUP")
                .jsonPath("$.sessions[1].waitSeconds").isNumber()
                .jsonPath("$.sessions[1].handleSeconds").isNumber()
                .jsonPath("$.sessions[1].outcome.outcome").isEqualTo("ACCEPTED_PENDING_DOCUMENTS")
                .jsonPath("$.sessions[1].outcome.caseNumber").isEqualTo("410702-2026-000300")
                .jsonPath("$.sessions[1].outcome.missingDocuments[0].name").isEqualTo("户口簿原件")
                .jsonPath("$.sessions[1].outcome.missingDocuments[0].dueDate").isEqualTo("2026-03-09")
                .jsonPath("$.sessions[1].outcome.notes").isEqualTo("下周补交")
                .jsonPath("$.sessions[1].outcome.reason").doesNotExist()
                .jsonPath("$.sessions[1].outcome.recordedAt").value(String.class, at -> assertThat(at).matches(ISO_INSTANT))
                .jsonPath("$.sessions[1].rating").isEqualTo("SATISFIED");

        get("/api/sessions/mine?limit=1", zhaolei)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.sessions.length()").isEqualTo(1)
                .jsonPath("$.sessions[0].sessionId").isEqualTo(open);

        byte[] detail = get("/api/sessions/" + finished, zhaolei)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.sessionId").isEqualTo(finished)
                .jsonPath("$.outcome.outcome").isEqualTo("ACCEPTED_PENDING_DOCUMENTS")
                .jsonPath("$.events[0].kind").isEqualTo("REQUESTED")
                .jsonPath("$.events[0].at").value(String.class, at -> assertThat(at).matches(ISO_INSTANT))
                .jsonPath("$.events[?(@.kind == 'OUTCOME')].note").isEqualTo("ACCEPTED_PENDING_DOCUMENTS 410702-2026-000300")
                .jsonPath("$.events[?(@.kind == 'RATED')].note").isEqualTo("SATISFIED")
                .jsonPath("$.events[-1].kind").isEqualTo("RATED")
                .returnResult().getResponseBodyContent();
        assertThat(new String(detail, StandardCharsets.UTF_8)).as("the citizen's comment is not shown to the expert")
                .doesNotContain("13800000000");
        expert.send(open, new SessionEnd(EndReason.HANGUP));
        expert.await(SessionEnded.class);
    }

    @Test
    void anotherExpertsSessionIsNotFound() {
        TestParty expert = parties.expert("liuyang", "HIST-B");
        String theirs = Parties.call(parties.kiosk("hist-k3"), expert, "HIST-B");
        String wangfang = TestTokens.expertToken(client, "wangfang", "demo-wangfang");

        get("/api/sessions/" + theirs, wangfang)
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.detail").isEqualTo("You served no session with this id.");
        get("/api/sessions/6f0c1e7a-0000-4000-8000-000000000000", wangfang)
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").isEqualTo("You served no session with this id.");
        get("/api/sessions/mine", wangfang)
                .expectStatus().isOk()
                .expectBody().jsonPath("$.sessions").isEmpty();
        expert.send(theirs, new SessionEnd(EndReason.HANGUP));
        expert.await(SessionEnded.class);
    }

    @Test
    void kiosksMayNotAndStrangersMustSignIn() {
        String kiosk = TestTokens.kioskToken(client, "kiosk-hongqi-01", "demo-kiosk-hongqi-01");
        get("/api/sessions/mine", kiosk)
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        get("/api/sessions/some-session", kiosk).expectStatus().isForbidden();
        client.get().uri("/api/sessions/mine").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri("/api/sessions/some-session").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void theLimitIsBetweenOneAndTwoHundred() {
        String expert = TestTokens.expertToken(client, "chenjing", "demo-chenjing");
        get("/api/sessions/mine?limit=200", expert).expectStatus().isOk();
        for (String bad : List.of("0", "201", "-1")) {
            get("/api/sessions/mine?limit=" + bad, expert)
                    .expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.detail").isEqualTo("'limit' must be between 1 and 200.");
        }
        get("/api/sessions/mine?limit=many", expert)
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
