package cn.remotewindow.signaling.verification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.identity.ModelFile;
import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.message.ChallengeStep;
import cn.remotewindow.protocol.message.CitizenResult;
import cn.remotewindow.protocol.message.Consent;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.ReviewDecision;
import cn.remotewindow.protocol.message.SessionEnd;
import cn.remotewindow.protocol.message.SessionEnded;
import cn.remotewindow.protocol.message.Verdict;
import cn.remotewindow.protocol.message.VerifyChallenge;
import cn.remotewindow.protocol.message.VerifyConsent;
import cn.remotewindow.protocol.message.VerifyMethod;
import cn.remotewindow.protocol.message.VerifyPhase;
import cn.remotewindow.protocol.message.VerifyRequest;
import cn.remotewindow.protocol.message.VerifyResult;
import cn.remotewindow.protocol.message.VerifyReview;
import cn.remotewindow.protocol.message.VerifyStart;
import cn.remotewindow.protocol.message.VerifyState;
import cn.remotewindow.signaling.api.verifications.VerificationView;
import cn.remotewindow.signaling.party.Expert;
import cn.remotewindow.signaling.record.verification.VerificationEvent;
import cn.remotewindow.signaling.record.verification.VerificationRecord;
import cn.remotewindow.signaling.testing.TestParty;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Remote identity verification through the real server, the real machine judge (OpenCV, the
 * committed models) and real pose images: the decisions, the expert's review, what is recorded.
 */
class IdentityFlowTest extends VerificationFlowSupport {

    private VerifyState decided(TestParty expert) {
        VerifyState state = expert.awaitBody(VerifyState.class, s -> s.phase() == VerifyPhase.DECIDED);
        assertThat(state.reasons()).isNotEmpty();
        return state;
    }

    @Test
    void theRightPersonFollowingTheChallengePassesAndTheExpertConfirms() {
        TestParty expert = parties.expert("idf-e1", "IDF1");
        TestParty kiosk = parties.kiosk("idf-k1");
        String sessionId = call(kiosk, expert, "IDF1");
        VerifyChallenge challenge = consented(kiosk, expert, sessionId);
        assertThat(challenge.steps()).containsExactlyInAnyOrder(ChallengeStep.values());
        assertThat(challenge.deadline()).isGreaterThan(challenge.issuedAt());
        assertThat(challenge.uploadPath()).isEqualTo("/api/verifications/" + challenge.verificationId() + "/evidence");

        List<byte[]> frames = Evidence.burst("obama", challenge.steps());
        upload(kioskToken("idf-k1"), challenge.uploadPath(), Evidence.body(challenge, challenge.nonce(), Evidence.CARD,
                Evidence.face("obama2.jpg"), frames))
                .expectStatus().isAccepted()
                .expectBody().jsonPath("$.result").isEqualTo("CHECKING");
        assertThat(kiosk.awaitBody(VerifyResult.class).result()).isEqualTo(CitizenResult.CHECKING);

        VerifyState decided = decided(expert);
        assertThat(decided.verdict()).as("reasons: %s", decided.reasons()).isEqualTo(Verdict.PASS);
        assertThat(decided.similarity()).isGreaterThan(0.5);

        // The expert's view: masked number, per-frame hashes of exactly what was uploaded.
        String expertToken = accessTokens.issue(new Expert("idf-e1", "专家", Set.of("IDF1"))).token();
        VerificationView view = http.get().uri("/api/verifications/" + challenge.verificationId())
                .header("Authorization", "Bearer " + expertToken).exchange()
                .expectStatus().isOk().expectBody(VerificationView.class).returnResult().getResponseBody();
        assertThat(view.card().idNumberMasked()).isEqualTo("110***********002X");
        assertThat(view.card().name()).as("the expert compares the full name").isEqualTo("王芳");
        assertThat(view.card().birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(view.frames()).extracting(f -> f.sha256())
                .containsExactlyElementsOf(frames.stream().map(ModelFile::sha256Hex).toList());
        assertThat(view.machine().models()).isNotEmpty().allSatisfy(m -> assertThat(m.sha256()).hasSize(64));
        assertThat(view.machine().thresholds()).isNotEmpty();
        byte[] photo = http.get().uri("/api/verifications/" + challenge.verificationId() + "/card-photo")
                .header("Authorization", "Bearer " + expertToken).exchange()
                .expectStatus().isOk().expectHeader().cacheControl(org.springframework.http.CacheControl.noStore())
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(photo).isEqualTo(Evidence.face("obama2.jpg"));

        expert.send(sessionId, new VerifyReview(challenge.verificationId(), ReviewDecision.PASS, null, null));
        VerifyState closed = expert.awaitBody(VerifyState.class, s -> s.phase() == VerifyPhase.CLOSED);
        assertThat(closed.decision()).isEqualTo(ReviewDecision.PASS);
        VerifyResult result = kiosk.awaitBody(VerifyResult.class, r -> r.result() != CitizenResult.CHECKING);
        assertThat(result.result()).isEqualTo(CitizenResult.PASSED);
        assertThat(result.advice()).isEmpty();

        VerificationRecord record = records.find(challenge.verificationId()).orElseThrow();
        assertThat(record.phase()).isEqualTo(VerifyPhase.CLOSED);
        assertThat(record.opened().caseNumber()).isEqualTo("410702-2026-000123");
        assertThat(record.consent().orElseThrow().consent()).isEqualTo(Consent.GIVEN);
        assertThat(record.challenge().orElseThrow().nonce()).isEqualTo(challenge.nonce());
        assertThat(record.review().orElseThrow().machineVerdict()).isEqualTo(Verdict.PASS);
        assertThat(record.views()).extracting(VerificationEvent.Viewed::what).containsExactly("DETAILS", "CARD_PHOTO");
        VerificationEvent.EvidenceReceived evidence = record.evidence().orElseThrow();
        assertThat(new String(evidence.card().idNumber().ciphertext(), StandardCharsets.ISO_8859_1))
                .as("the number is sealed at rest").doesNotContain("19491231");
        assertThat(evidence.frames()).hasSize(frames.size());
        assertThat(evidence.card().name()).as("only the masked name in clear at rest").isEqualTo("王*");
        assertThat(evidence.card().birthDate()).as("the birth date sealed at rest").isNull();
        assertThat(new String(evidence.card().nameSealed().ciphertext(), StandardCharsets.UTF_8)).doesNotContain("芳");
    }

    @Test
    void anotherPersonsCardFailsAndAnOverrideNeedsAReason() {
        TestParty expert = parties.expert("idf-e2", "IDF2");
        TestParty kiosk = parties.kiosk("idf-k2");
        String sessionId = call(kiosk, expert, "IDF2");
        VerifyChallenge challenge = consented(kiosk, expert, sessionId);
        upload(kioskToken("idf-k2"), challenge.uploadPath(), Evidence.body(challenge, challenge.nonce(), Evidence.CARD,
                Evidence.face("biden.jpg"), Evidence.burst("obama", challenge.steps())))
                .expectStatus().isAccepted();

        VerifyState decided = decided(expert);
        assertThat(decided.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(decided.reasons()).contains("FACE_MISMATCH");

        String id = expert.send(sessionId, new VerifyReview(challenge.verificationId(), ReviewDecision.PASS, null, null));
        assertThat(expert.awaitError(ErrorCode.MISSING_FIELD).id()).isEqualTo(id);
        expert.send(sessionId, new VerifyReview(challenge.verificationId(), ReviewDecision.PASS, null,
                "证件照为二十年前拍摄，已人工核对原件与本人一致"));
        assertThat(expert.awaitBody(VerifyState.class, s -> s.phase() == VerifyPhase.CLOSED).decision())
                .isEqualTo(ReviewDecision.PASS);
        VerificationEvent.Reviewed reviewed = records.find(challenge.verificationId()).orElseThrow().review().orElseThrow();
        assertThat(reviewed.machineVerdict()).isEqualTo(Verdict.FAIL);
        assertThat(reviewed.reason()).startsWith("证件照");
    }

    @Test
    void motionsInAnotherOrderThanAskedDoNotPass() {
        TestParty expert = parties.expert("idf-e3", "IDF3");
        TestParty kiosk = parties.kiosk("idf-k3");
        String sessionId = call(kiosk, expert, "IDF3");
        VerifyChallenge challenge = consented(kiosk, expert, sessionId);
        List<ChallengeStep> reordered = new ArrayList<>(challenge.steps());
        java.util.Collections.reverse(reordered);
        upload(kioskToken("idf-k3"), challenge.uploadPath(), Evidence.body(challenge, challenge.nonce(), Evidence.CARD,
                Evidence.face("obama2.jpg"), Evidence.burst("obama", reordered)))
                .expectStatus().isAccepted();

        VerifyState decided = decided(expert);
        assertThat(decided.verdict()).isNotEqualTo(Verdict.PASS);
        assertThat(decided.reasons()).contains("LIVENESS_FAILED");
        expert.send(sessionId, new VerifyReview(challenge.verificationId(), ReviewDecision.FAIL, null,
                decided.verdict() == Verdict.FAIL ? null : "动作顺序不符"));
        expert.awaitBody(VerifyState.class, s -> s.phase() == VerifyPhase.CLOSED);
        VerifyResult result = kiosk.awaitBody(VerifyResult.class, r -> r.result() != CitizenResult.CHECKING);
        assertThat(result.result()).isEqualTo(CitizenResult.NOT_PASSED);
    }

    @Test
    void aRefusedConsentLeadsToAManualCheckThatIsRecorded() {
        TestParty expert = parties.expert("idf-e4", "IDF4");
        TestParty kiosk = parties.kiosk("idf-k4");
        String sessionId = call(kiosk, expert, "IDF4");
        expert.send(sessionId, new VerifyStart());
        String id = expert.awaitBody(VerifyState.class).verificationId();
        kiosk.send(sessionId, new VerifyConsent(kiosk.awaitBody(VerifyRequest.class).verificationId(), Consent.REFUSED));
        assertThat(expert.awaitBody(VerifyState.class).phase()).isEqualTo(VerifyPhase.CONSENT_REFUSED);

        expert.send(sessionId, new VerifyReview(id, ReviewDecision.PASS, VerifyMethod.FACE_MATCH, null));
        expert.awaitError(ErrorCode.INVALID_STATE);
        expert.send(sessionId, new VerifyReview(id, ReviewDecision.PASS, VerifyMethod.MANUAL_DOCUMENT_CHECK,
                "已核对身份证原件，人证一致"));
        VerifyState closed = expert.awaitBody(VerifyState.class, s -> s.phase() == VerifyPhase.CLOSED);
        assertThat(closed.method()).isEqualTo(VerifyMethod.MANUAL_DOCUMENT_CHECK);
        assertThat(kiosk.awaitBody(VerifyResult.class).result()).isEqualTo(CitizenResult.PASSED);
        VerificationRecord record = records.find(id).orElseThrow();
        assertThat(record.consent().orElseThrow().consent()).isEqualTo(Consent.REFUSED);
        assertThat(record.challenge()).as("no face data was asked for").isEmpty();
        assertThat(record.review().orElseThrow().method()).isEqualTo(VerifyMethod.MANUAL_DOCUMENT_CHECK);
    }

    @Test
    void onlyTheLeadMayVerifyAndANewStartCancelsTheOpenOne() {
        TestParty expert = parties.expert("idf-e5", "IDF5");
        TestParty other = parties.expert("idf-e6", "IDF6");
        TestParty kiosk = parties.kiosk("idf-k5");
        String sessionId = call(kiosk, expert, "IDF5");
        other.send(sessionId, new VerifyStart());
        other.awaitError(ErrorCode.NOT_IN_SESSION);

        expert.send(sessionId, new VerifyStart());
        String first = expert.awaitBody(VerifyState.class).verificationId();
        kiosk.awaitBody(VerifyRequest.class);
        expert.send(sessionId, new VerifyStart());
        List<VerifyState> states = Arrays.asList(expert.awaitBody(VerifyState.class),
                expert.awaitBody(VerifyState.class, s -> s.phase() == VerifyPhase.REQUESTED && !s.verificationId().equals(first)));
        assertThat(states.get(0).verificationId()).isEqualTo(first);
        assertThat(states.get(0).phase()).isEqualTo(VerifyPhase.CANCELLED);
        kiosk.send(sessionId, new VerifyConsent(first, Consent.GIVEN));
        kiosk.awaitError(ErrorCode.VERIFICATION_CLOSED);
        assertThat(records.find(first).orElseThrow().phase()).isEqualTo(VerifyPhase.CANCELLED);
    }

    @Test
    void theEndOfTheSessionCancelsAnOpenVerification() {
        TestParty expert = parties.expert("idf-e7", "IDF7");
        TestParty kiosk = parties.kiosk("idf-k7");
        String sessionId = call(kiosk, expert, "IDF7");
        VerifyChallenge challenge = consented(kiosk, expert, sessionId);
        kiosk.send(sessionId, new SessionEnd(EndReason.HANGUP));
        expert.await(SessionEnded.class);
        upload(kioskToken("idf-k7"), challenge.uploadPath(), Evidence.body(challenge, challenge.nonce(), Evidence.CARD,
                Evidence.face("obama2.jpg"), Evidence.burst("obama", challenge.steps())))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("VERIFICATION_CLOSED");
        VerificationRecord record = records.find(challenge.verificationId()).orElseThrow();
        assertThat(record.phase()).isEqualTo(VerifyPhase.CANCELLED);
        assertThat(record.evidence()).isEmpty();
    }
}
