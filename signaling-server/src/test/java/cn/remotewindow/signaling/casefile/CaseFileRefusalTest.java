package cn.remotewindow.signaling.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.message.CaptureProblem;
import cn.remotewindow.protocol.message.CaseOutcome;
import cn.remotewindow.protocol.message.ClosingRequest;
import cn.remotewindow.protocol.message.DocumentCapture;
import cn.remotewindow.protocol.message.DocumentPhase;
import cn.remotewindow.protocol.message.DocumentProblem;
import cn.remotewindow.protocol.message.DocumentRequest;
import cn.remotewindow.protocol.message.DocumentState;
import cn.remotewindow.protocol.message.MaterialStatus;
import cn.remotewindow.protocol.message.MaterialsMark;
import cn.remotewindow.protocol.message.MaterialsState;
import cn.remotewindow.protocol.message.OutcomeRecorded;
import cn.remotewindow.protocol.message.OutcomeSubmit;
import cn.remotewindow.protocol.message.SessionEnd;
import cn.remotewindow.protocol.message.SessionEnded;
import cn.remotewindow.signaling.record.SessionEvent;
import cn.remotewindow.signaling.testing.TestParty;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Bad input to the case file: oversize, non-image, corrupt and mistyped pictures, a picture for a
 * case the kiosk is not serving, requests that are over. Each is refused with its code, and nothing
 * is recorded or shown to the expert.
 */
@TestPropertySource(properties = "window.documents.max-bytes=2000000")
class CaseFileRefusalTest extends CaseFileFlowSupport {

    private DocumentCapture requested(TestParty kiosk, TestParty expert, String sessionId, String material) {
        expert.send(sessionId, new DocumentRequest(material, null));
        expert.awaitBody(DocumentState.class, s -> s.phase() == DocumentPhase.REQUESTED);
        return kiosk.awaitBody(DocumentCapture.class, c -> c.materialCode().equals(material));
    }

    private void refused(String token, String path, String type, byte[] body, int status, String code) {
        post(token, path, type, body).expectStatus().isEqualTo(status).expectBody().jsonPath("$.code").isEqualTo(code);
    }

    @Test
    void badPicturesAreRefusedWithTheirCodeAndLeaveNothingBehind() {
        TestParty expert = parties.expert("cr-e1", ITEM);
        TestParty kiosk = parties.kiosk("cr-k1");
        TestParty otherKiosk = parties.kiosk("cr-k9");
        String sessionId = call(kiosk, expert);
        DocumentCapture capture = requested(kiosk, expert, sessionId, "HUKOU-BOOK");
        String token = kioskToken("cr-k1");
        byte[] page = Pictures.document(1600, 1200, "jpg", 1);

        refused(token, capture.uploadPath(), "image/jpeg", "plain words".getBytes(StandardCharsets.UTF_8), 400,
                "IMAGE_REJECTED");
        refused(token, capture.uploadPath(), "image/jpeg", Pictures.truncated(page), 400, "IMAGE_REJECTED");
        refused(token, capture.uploadPath(), "image/jpeg", Pictures.document(800, 600, "png", 2), 400,
                "IMAGE_REJECTED");
        refused(token, capture.uploadPath(), "application/json", "{}".getBytes(StandardCharsets.UTF_8), 415,
                "DOCUMENT_TYPE");
        refused(token, capture.uploadPath(), "image/png", Pictures.noise(1000, 1000), 413,
                "DOCUMENT_TOO_LARGE");
        refused(token, capture.uploadPath(), "image/jpeg", Pictures.document(150, 150, "jpg", 4), 400,
                "IMAGE_REJECTED");
        // A kiosk that is not serving this case, and a document nobody asked for.
        refused(kioskToken("cr-k9"), capture.uploadPath(), "image/jpeg", page, 403, "NOT_YOUR_DOCUMENT");
        refused(token, CasePaths.image(sessionId, "d-nobody-asked"), "image/jpeg", page, 404, "DOCUMENT_UNKNOWN");
        // An expert does not upload.
        post(expertToken("cr-e1"), capture.uploadPath(), "image/jpeg", page).expectStatus().isForbidden();

        expert.assertNone(DocumentState.class, Duration.ofMillis(300));
        assertThat(recorded(sessionId, SessionEvent.Kind.DOCUMENT_UPLOADED)).isEmpty();
        otherKiosk.assertNone(DocumentCapture.class, Duration.ZERO);

        // After all that, the right picture is still taken as the first attempt.
        UploadAccepted accepted = post(token, capture.uploadPath(), "image/jpeg", page).expectStatus().isAccepted()
                .expectBody(UploadAccepted.class).returnResult().getResponseBody();
        assertThat(accepted.attempt()).isEqualTo(1);
    }

    @Test
    void aNewRequestCancelsTheOpenOneAndAProblemEndsIt() {
        TestParty expert = parties.expert("cr-e2", ITEM);
        TestParty kiosk = parties.kiosk("cr-k2");
        String sessionId = call(kiosk, expert);
        DocumentCapture first = requested(kiosk, expert, sessionId, "HUKOU-BOOK");
        expert.send(sessionId, new DocumentRequest("RESIDENCE-PROOF", null));
        assertThat(kiosk.awaitBody(DocumentState.class, s -> s.phase() == DocumentPhase.CANCELLED).documentId())
                .isEqualTo(first.documentId());
        DocumentCapture second = kiosk.awaitBody(DocumentCapture.class, c -> c.materialCode().equals("RESIDENCE-PROOF"));
        refused(kioskToken("cr-k2"), first.uploadPath(), "image/jpeg", Pictures.document(800, 600, "jpg", 1), 409,
                "DOCUMENT_CLOSED");

        kiosk.send(sessionId, new DocumentProblem(second.documentId(), CaptureProblem.CAMERA_UNAVAILABLE, "no device"));
        DocumentState problem = expert.awaitBody(DocumentState.class, s -> s.phase() == DocumentPhase.PROBLEM);
        assertThat(problem.problem()).isEqualTo(CaptureProblem.CAMERA_UNAVAILABLE);
        kiosk.send(sessionId, new DocumentProblem(second.documentId(), CaptureProblem.UPLOAD_FAILED, null));
        kiosk.awaitError(ErrorCode.INVALID_STATE);
        assertThat(recorded(sessionId, SessionEvent.Kind.DOCUMENT_PROBLEM)).hasSize(1);
    }

    @Test
    void theSummaryWaitsUntilEveryRequiredMaterialIsMarkedAndEndsWithTheSession() {
        TestParty expert = parties.expert("cr-e3", ITEM);
        TestParty kiosk = parties.kiosk("cr-k3");
        String sessionId = call(kiosk, expert);
        expert.send(sessionId, new MaterialsMark("ID-CARD", MaterialStatus.RECEIVED, null, null));
        expert.awaitBody(MaterialsState.class);
        expert.send(sessionId, new OutcomeSubmit(CaseOutcome.ACCEPTED, null, null, null, null));
        expert.awaitBody(OutcomeRecorded.class);
        expert.send(sessionId, new ClosingRequest());
        assertThat(expert.awaitError(ErrorCode.INVALID_STATE).body().toString())
                .contains("居民户口簿").contains("合法稳定住所证明").doesNotContain("亲属关系证明");

        // A document request of a session that ended is over: its upload is unknown.
        DocumentCapture capture = requested(kiosk, expert, sessionId, "HUKOU-BOOK");
        kiosk.send(sessionId, new SessionEnd(cn.remotewindow.protocol.message.EndReason.HANGUP));
        expert.awaitBody(SessionEnded.class);
        refused(kioskToken("cr-k3"), capture.uploadPath(), "image/jpeg", Pictures.document(800, 600, "jpg", 5), 404,
                "DOCUMENT_UNKNOWN");
        refused(kioskToken("cr-k3"), CasePaths.signature(sessionId, "c-none"), "image/png", Pictures.signature(1), 404,
                "CLOSING_UNKNOWN");
        get(kioskToken("cr-k3"), CasePaths.receipt(sessionId)).expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("NO_RECEIPT");
    }
}
