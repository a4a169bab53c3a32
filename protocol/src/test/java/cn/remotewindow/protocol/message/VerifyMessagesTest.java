package cn.remotewindow.protocol.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.EnvelopeCodec;
import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.MessageTypes;
import cn.remotewindow.protocol.ProtocolException;
import cn.remotewindow.protocol.Role;
import org.junit.jupiter.api.Test;

/** The verify.* messages as the wire delivers them (docs/protocol.md 5.40-5.47). */
class VerifyMessagesTest {

    private final EnvelopeCodec codec = new EnvelopeCodec();

    private Message decode(String type, String body, Role from) {
        Envelope envelope = codec.decode("{\"v\":1,\"type\":\"" + type + "\",\"id\":\"m1\",\"sessionId\":\"s1\",\"body\":"
                + body + "}", from);
        return envelope.body();
    }

    @Test
    void onlyTheExpertStartsAndReviewsAndOnlyTheKioskConsents() {
        assertThat(MessageTypes.of(VerifyStart.class).sentBy()).containsExactly(Role.EXPERT);
        assertThat(MessageTypes.of(VerifyReview.class).sentBy()).containsExactly(Role.EXPERT);
        assertThat(MessageTypes.of(VerifyConsent.class).sentBy()).containsExactly(Role.KIOSK);
        assertThat(MessageTypes.of(VerifyProblem.class).sentBy()).containsExactly(Role.KIOSK);
        for (Class<? extends Message> push : java.util.List.of(VerifyRequest.class, VerifyChallenge.class,
                VerifyState.class, VerifyResult.class)) {
            assertThat(MessageTypes.of(push).sentBy()).containsExactly(Role.SERVER);
            assertThat(MessageTypes.of(push).needsSession()).isTrue();
        }
    }

    @Test
    void aConsentNamesItsVerification() {
        assertThat(decode("verify.consent", "{\"verificationId\":\"v-1\",\"consent\":\"REFUSED\"}", Role.KIOSK))
                .isEqualTo(new VerifyConsent("v-1", Consent.REFUSED));
        assertThatThrownBy(() -> decode("verify.consent", "{\"consent\":\"GIVEN\"}", Role.KIOSK))
                .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MISSING_FIELD));
    }

    @Test
    void aReviewDefaultsToTheFaceMatchAndAManualCheckSaysWhatWasChecked() {
        VerifyReview review = (VerifyReview) decode("verify.review",
                "{\"verificationId\":\"v-1\",\"decision\":\"PASS\",\"reason\":\"  \"}", Role.EXPERT);
        assertThat(review.method()).isEqualTo(VerifyMethod.FACE_MATCH);
        assertThat(review.reason()).as("blank counts as absent").isNull();
        assertThatThrownBy(() -> decode("verify.review",
                "{\"verificationId\":\"v-1\",\"decision\":\"PASS\",\"method\":\"MANUAL_DOCUMENT_CHECK\"}", Role.EXPERT))
                .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MISSING_FIELD));
        assertThatThrownBy(() -> decode("verify.review",
                "{\"verificationId\":\"v-1\",\"decision\":\"MAYBE\"}", Role.EXPERT))
                .isInstanceOf(ProtocolException.class);
    }
}
