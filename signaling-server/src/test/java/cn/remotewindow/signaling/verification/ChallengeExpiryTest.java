package cn.remotewindow.signaling.verification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.message.ReviewDecision;
import cn.remotewindow.protocol.message.VerifyChallenge;
import cn.remotewindow.protocol.message.VerifyMethod;
import cn.remotewindow.protocol.message.VerifyPhase;
import cn.remotewindow.protocol.message.VerifyReview;
import cn.remotewindow.protocol.message.VerifyState;
import cn.remotewindow.signaling.testing.TestParty;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** A challenge whose deadline passes: the expert hears it, late evidence is refused, a manual check is still possible. */
@TestPropertySource(properties = "window.identity.challenge-timeout=1s")
class ChallengeExpiryTest extends VerificationFlowSupport {

    @Test
    void evidenceAfterTheDeadlineIsRefusedAndNothingIsDecided() {
        TestParty expert = parties.expert("exp-e1", "EXP1");
        TestParty kiosk = parties.kiosk("exp-k1");
        String sessionId = call(kiosk, expert, "EXP1");
        VerifyChallenge challenge = consented(kiosk, expert, sessionId);

        assertThat(expert.awaitBody(VerifyState.class).phase()).isEqualTo(VerifyPhase.EXPIRED);
        upload(kioskToken("exp-k1"), challenge.uploadPath(), Evidence.body(challenge, challenge.nonce(), Evidence.CARD,
                Evidence.face("obama2.jpg"), Evidence.burst("obama", challenge.steps())))
                .expectStatus().isEqualTo(410).expectBody().jsonPath("$.code").isEqualTo("CHALLENGE_EXPIRED");
        assertThat(records.find(challenge.verificationId()).orElseThrow().evidence()).isEmpty();

        expert.send(sessionId, new VerifyReview(challenge.verificationId(), ReviewDecision.FAIL,
                VerifyMethod.MANUAL_DOCUMENT_CHECK, "市民未能完成动作，改为人工核验：证件与本人不符"));
        assertThat(expert.awaitBody(VerifyState.class).phase()).isEqualTo(VerifyPhase.CLOSED);
        assertThat(records.find(challenge.verificationId()).orElseThrow().phase()).isEqualTo(VerifyPhase.CLOSED);
    }
}
