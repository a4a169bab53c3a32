package cn.remotewindow.signaling.verification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.identity.IdCardFacts;
import cn.remotewindow.protocol.identity.Sex;
import cn.remotewindow.protocol.message.KioskVerifyProblem;
import cn.remotewindow.protocol.message.VerifyChallenge;
import cn.remotewindow.protocol.message.VerifyPhase;
import cn.remotewindow.protocol.message.VerifyState;
import cn.remotewindow.signaling.party.Expert;
import cn.remotewindow.signaling.testing.TestParty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Bad evidence and the wrong senders: each gets its code and plain words, and none leaves a
 * decision behind (docs/http-api.md, POST /api/verifications/{id}/evidence).
 */
class EvidenceRefusalTest extends VerificationFlowSupport {

    private record Open(TestParty kiosk, TestParty expert, String sessionId, VerifyChallenge challenge) {
    }

    private Open open(String name) {
        TestParty expert = parties.expert("ref-e-" + name, "REF-" + name);
        TestParty kiosk = parties.kiosk("ref-k-" + name);
        String sessionId = call(kiosk, expert, "REF-" + name);
        return new Open(kiosk, expert, sessionId, consented(kiosk, expert, sessionId));
    }

    private Map<String, Object> good(Open open) {
        return Evidence.body(open.challenge(), open.challenge().nonce(), Evidence.CARD, Evidence.face("obama2.jpg"),
                Evidence.burst("obama", open.challenge().steps()));
    }

    private void refused(String token, Open open, Object body, int status, String code) {
        upload(token, open.challenge().uploadPath(), body)
                .expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith("application/problem+json")
                .expectBody().jsonPath("$.code").isEqualTo(code).jsonPath("$.detail").isNotEmpty();
    }

    private void nothingDecided(Open open) {
        assertThat(records.find(open.challenge().verificationId()).orElseThrow().decision()).isEmpty();
        open.expert().assertNone(VerifyState.class, java.time.Duration.ofMillis(300));
    }

    @Test
    void theWrongSendersAreRefused() {
        Open open = open("who");
        refused(kioskToken("ref-k-other"), open, good(open), 403, "NOT_YOUR_VERIFICATION");
        String expertToken = accessTokens.issue(new Expert("ref-e-who", "专家", Set.of("REF-who"))).token();
        upload(expertToken, open.challenge().uploadPath(), good(open)).expectStatus().isForbidden();
        http.post().uri(open.challenge().uploadPath()).header("Content-Type", "application/json").bodyValue(good(open))
                .exchange().expectStatus().isUnauthorized();
        nothingDecided(open);
    }

    @Test
    void aForeignOrReplayedNonceIsRefusedAndTheRightUploadStillWorks() {
        Open open = open("nonce");
        String token = kioskToken("ref-k-nonce");
        refused(token, open, Evidence.body(open.challenge(), "AAAAAAAAAAAAAAAAAAAAAA", Evidence.CARD,
                Evidence.face("obama2.jpg"), Evidence.burst("obama", open.challenge().steps())), 409, "NONCE_MISMATCH");
        nothingDecided(open);
        upload(token, open.challenge().uploadPath(), good(open)).expectStatus().isAccepted();
        refused(token, open, good(open), 409, "VERIFICATION_CLOSED");
    }

    @Test
    void aBurstForAnEarlierChallengeCannotBeReplayedIntoANewOne() {
        Open first = open("replay");
        String token = kioskToken("ref-k-replay");
        Map<String, Object> recorded = good(first);
        upload(token, first.challenge().uploadPath(), recorded).expectStatus().isAccepted();
        first.expert().awaitBody(VerifyState.class, s -> s.phase() == VerifyPhase.DECIDED);

        VerifyChallenge second = consented(first.kiosk(), first.expert(), first.sessionId());
        assertThat(first.expert().awaitBody(VerifyState.class).phase()).as("the decided one, never reviewed")
                .isEqualTo(VerifyPhase.CANCELLED);
        upload(token, second.uploadPath(), recorded).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("NONCE_MISMATCH");
        assertThat(records.find(second.verificationId()).orElseThrow().evidence()).isEmpty();
    }

    @Test
    void imagesThatAreNotImagesOrTooBigAreRefusedByName() {
        Open open = open("img");
        String token = kioskToken("ref-k-img");
        List<byte[]> frames = new ArrayList<>(Evidence.burst("obama", open.challenge().steps()));
        frames.set(2, "<html>not a picture</html>".getBytes());
        upload(token, open.challenge().uploadPath(), Evidence.body(open.challenge(), open.challenge().nonce(),
                Evidence.CARD, Evidence.face("obama2.jpg"), frames))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("IMAGE_REJECTED").jsonPath("$.detail").value(detail ->
                        assertThat((String) detail).contains("frames[2]"));
        Map<String, Object> badCard = Evidence.body(open.challenge(), open.challenge().nonce(), Evidence.CARD,
                new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2}, Evidence.burst("obama", open.challenge().steps()));
        upload(token, open.challenge().uploadPath(), badCard).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("cardPhoto"));
        Map<String, Object> notBase64 = good(open);
        notBase64.put("cardPhoto", "%%% not base64 %%%");
        refused(token, open, notBase64, 400, "EVIDENCE_MALFORMED");
        refused(token, open, Map.of("nonce", open.challenge().nonce()), 400, "EVIDENCE_MALFORMED");
        upload(token, open.challenge().uploadPath(), "[1,2").expectStatus().isBadRequest();
        List<byte[]> tooMany = new ArrayList<>();
        for (int i = 0; i < open.challenge().frames() + 1; i++) {
            tooMany.add(Evidence.pose("obama", "frontal", 1 + i % 6));
        }
        refused(token, open, Evidence.body(open.challenge(), open.challenge().nonce(), Evidence.CARD,
                Evidence.face("obama2.jpg"), tooMany), 400, "EVIDENCE_MALFORMED");
        byte[] huge = new byte[17 * 1024 * 1024];
        upload(token, open.challenge().uploadPath(), Map.of("nonce", open.challenge().nonce(),
                "cardPhoto", Base64.getEncoder().encodeToString(huge)))
                .expectStatus().isEqualTo(413).expectBody().jsonPath("$.code").isEqualTo("EVIDENCE_TOO_LARGE");
        nothingDecided(open);
        upload(token, open.challenge().uploadPath(), good(open)).expectStatus().isAccepted(); // still open
    }

    @Test
    void anExpiredCardIsRefusedAndTheExpertIsTold() {
        Open open = open("card");
        IdCardFacts expired = new IdCardFacts("王芳", Sex.FEMALE, LocalDate.of(1949, 12, 31), "11010519491231002X",
                LocalDate.of(2006, 3, 1), LocalDate.of(2016, 3, 1));
        upload(kioskToken("ref-k-card"), open.challenge().uploadPath(), Evidence.body(open.challenge(),
                open.challenge().nonce(), expired, Evidence.face("obama2.jpg"),
                Evidence.burst("obama", open.challenge().steps())))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("CARD_REJECTED").jsonPath("$.problems[0]").isEqualTo("EXPIRED");
        VerifyState state = open.expert().awaitBody(VerifyState.class);
        assertThat(state.phase()).isEqualTo(VerifyPhase.KIOSK_PROBLEM);
        assertThat(state.problem()).isEqualTo(KioskVerifyProblem.CARD_EXPIRED);
        assertThat(records.find(open.challenge().verificationId()).orElseThrow().decision()).isEmpty();
    }

    @Test
    void anUnknownVerificationIsNotFound() {
        Open open = open("unknown");
        upload(kioskToken("ref-k-unknown"), "/api/verifications/v-nope/evidence", good(open))
                .expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("VERIFICATION_UNKNOWN");
        String stranger = accessTokens.issue(new Expert("ref-e-stranger", "别人", Set.of("X"))).token();
        http.get().uri("/api/verifications/" + open.challenge().verificationId())
                .header("Authorization", "Bearer " + stranger).exchange().expectStatus().isNotFound();
        http.get().uri("/api/verifications/" + open.challenge().verificationId())
                .header("Authorization", "Bearer " + kioskToken("ref-k-unknown")).exchange().expectStatus().isForbidden();
    }
}
