package cn.remotewindow.signaling.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.ErrorCode;
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
import cn.remotewindow.protocol.message.MaterialEntry;
import cn.remotewindow.protocol.message.MaterialStatus;
import cn.remotewindow.protocol.message.MaterialsMark;
import cn.remotewindow.protocol.message.MaterialsState;
import cn.remotewindow.protocol.message.MissingDocument;
import cn.remotewindow.protocol.message.OutcomeRecorded;
import cn.remotewindow.protocol.message.OutcomeSubmit;
import cn.remotewindow.protocol.message.RejectionReason;
import cn.remotewindow.protocol.message.SummaryMaterial;
import cn.remotewindow.signaling.record.SessionEvent;
import cn.remotewindow.signaling.record.store.RecordsDatabase;
import cn.remotewindow.signaling.testing.TestParty;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The case file end to end through the real server and records store: the expert marks the
 * checklist, asks for a document, rejects a blurred picture, accepts the retake; the record holds
 * both pictures sealed with their hashes; the citizen signs the summary and the receipt prints.
 */
class CaseFileFlowTest extends CaseFileFlowSupport {

    @Autowired
    RecordsDatabase database;

    private static String inDays(int days) {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(days).toString();
    }

    private static MaterialEntry entry(MaterialsState state, String code) {
        return state.materials().stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aBundleIsCheckedAsOneSetOfMaterials() {
        TestParty expert = parties.expert("cf-b1", "YJS-TX");
        TestParty kiosk = parties.kiosk("cf-kb1");
        kiosk.send(new cn.remotewindow.protocol.message.ServiceRequest("YJS-TX", null, CASE,
                cn.remotewindow.protocol.message.Priority.NORMAL));
        String sessionId = expert.await(cn.remotewindow.protocol.message.Ring.class).sessionId();
        expert.send(sessionId, new cn.remotewindow.protocol.message.RingAccept());
        kiosk.await(cn.remotewindow.protocol.message.SessionEstablished.class);
        expert.await(cn.remotewindow.protocol.message.SessionEstablished.class);

        expert.send(sessionId, new MaterialsMark("BANK-CARD", MaterialStatus.PROMISED, inDays(5), null));
        MaterialsState state = expert.awaitBody(MaterialsState.class);

        assertThat(state.itemCode()).isEqualTo("YJS-TX");
        // 一套材料: the three items' materials, the ID card they all ask for once.
        assertThat(state.materials()).extracting(MaterialEntry::code).containsExactly("ID-CARD", "CONTRIBUTION-RECORD",
                "TRANSFER-FORM", "PERSONNEL-FILE", "RETIREMENT-FORM", "SOCIAL-SECURITY-CARD", "HUKOU-BOOK", "BANK-CARD",
                "AGENT-ID");
        assertThat(entry(state, "BANK-CARD").status()).isEqualTo(MaterialStatus.PROMISED);
    }

    @Test
    void theExpertMarksTheChecklistAndBothSidesSeeIt() {
        TestParty expert = parties.expert("cf-e1", ITEM);
        TestParty kiosk = parties.kiosk("cf-k1");
        String sessionId = call(kiosk, expert);

        expert.send(sessionId, new MaterialsMark("RESIDENCE-PROOF", MaterialStatus.PROMISED, inDays(10), "承诺补交"));
        MaterialsState state = expert.awaitBody(MaterialsState.class);
        assertThat(state.itemCode()).isEqualTo(ITEM);
        assertThat(state.materials()).extracting(MaterialEntry::code)
                .containsExactly("ID-CARD", "HUKOU-BOOK", "RESIDENCE-PROOF", "KINSHIP-PROOF");
        assertThat(entry(state, "RESIDENCE-PROOF").status()).isEqualTo(MaterialStatus.PROMISED);
        assertThat(entry(state, "RESIDENCE-PROOF").promisedDate()).isEqualTo(inDays(10));
        assertThat(entry(state, "RESIDENCE-PROOF").deferrable()).isTrue();
        assertThat(entry(state, "ID-CARD").status()).isEqualTo(MaterialStatus.UNMARKED);
        MaterialsState atKiosk = kiosk.awaitBody(MaterialsState.class);
        assertThat(entry(atKiosk, "RESIDENCE-PROOF").status()).isEqualTo(MaterialStatus.PROMISED);

        // 容缺 only where the catalogue allows it; codes off the list and dates in the past are refused.
        expert.send(sessionId, new MaterialsMark("ID-CARD", MaterialStatus.PROMISED, inDays(3), null));
        assertThat(expert.awaitError(ErrorCode.INVALID_FIELD).body().toString()).contains("cannot be deferred");
        expert.send(sessionId, new MaterialsMark("PASSPORT", MaterialStatus.RECEIVED, null, null));
        assertThat(expert.awaitError(ErrorCode.INVALID_FIELD).body().toString()).contains("not on the materials list");
        expert.send(sessionId, new MaterialsMark("RESIDENCE-PROOF", MaterialStatus.PROMISED, inDays(-1), null));
        assertThat(expert.awaitError(ErrorCode.INVALID_FIELD).body().toString()).contains("in the past (today is ", " in Asia/Shanghai)");
        // The kiosk cannot mark.
        kiosk.send(sessionId, new MaterialsMark("ID-CARD", MaterialStatus.RECEIVED, null, null));
        kiosk.awaitError(ErrorCode.ROLE_NOT_ALLOWED);

        expert.send(sessionId, new MaterialsMark("ID-CARD", MaterialStatus.RECEIVED, null, "原件已核验"));
        assertThat(entry(expert.awaitBody(MaterialsState.class, s -> entry(s, "ID-CARD").status()
                == MaterialStatus.RECEIVED), "RESIDENCE-PROOF").status()).isEqualTo(MaterialStatus.PROMISED);

        // After a reload the console reads the case file as it stands; only the lead may.
        get(expertToken("cf-e1"), "/api/sessions/" + sessionId + "/case-file").expectStatus().isOk().expectBody()
                .jsonPath("$.itemCode").isEqualTo(ITEM)
                .jsonPath("$.materials[0].code").isEqualTo("ID-CARD")
                .jsonPath("$.materials[0].status").isEqualTo("RECEIVED")
                .jsonPath("$.materials[2].promisedDate").isEqualTo(inDays(10))
                .jsonPath("$.closing").doesNotExist();
        get(expertToken("cf-stranger"), "/api/sessions/" + sessionId + "/case-file").expectStatus().isNotFound();

        List<SessionEvent> marks = recorded(sessionId, SessionEvent.Kind.MATERIAL_MARKED);
        assertThat(marks).extracting(e -> e.caseFile().materialCode()).containsExactly("RESIDENCE-PROOF", "ID-CARD");
        assertThat(marks.get(0).caseFile().promisedDate()).isEqualTo(inDays(10));
        assertThat(marks).allMatch(e -> "cf-e1".equals(e.expertId()));
    }

    @Test
    void aRejectedPictureIsRetakenAndTheAcceptedOneIsOnTheRecordSealedWithItsHash() throws IOException {
        TestParty expert = parties.expert("cf-e2", ITEM);
        TestParty kiosk = parties.kiosk("cf-k2");
        String sessionId = call(kiosk, expert);

        expert.send(sessionId, new DocumentRequest("HUKOU-BOOK", "请拍摄户口簿首页"));
        DocumentState requested = expert.awaitBody(DocumentState.class);
        assertThat(requested.phase()).isEqualTo(DocumentPhase.REQUESTED);
        DocumentCapture capture = kiosk.awaitBody(DocumentCapture.class);
        assertThat(capture.documentId()).isEqualTo(requested.documentId());
        assertThat(capture.materialName()).isEqualTo("居民户口簿");
        assertThat(capture.note()).isEqualTo("请拍摄户口簿首页");
        assertThat(capture.uploadPath()).isEqualTo(CasePaths.image(sessionId, capture.documentId()));
        assertThat(capture.maxBytes()).isEqualTo(12L * 1024 * 1024);

        byte[] blurred = Pictures.document(2400, 1800, "jpg", 1);
        UploadAccepted first = post(kioskToken("cf-k2"), capture.uploadPath(), "image/jpeg", blurred)
                .expectStatus().isAccepted().expectBody(UploadAccepted.class).returnResult().getResponseBody();
        assertThat(first.attempt()).isEqualTo(1);
        assertThat(first.width()).isEqualTo(2400);
        assertThat(first.sha256()).isEqualTo(PictureCheck.sha256(blurred));
        DocumentState uploaded = expert.awaitBody(DocumentState.class, s -> s.phase() == DocumentPhase.UPLOADED);
        assertThat(uploaded.imagePath()).isEqualTo(capture.uploadPath());
        assertThat(uploaded.sha256()).isEqualTo(first.sha256());
        assertThat(kiosk.awaitBody(DocumentState.class, s -> s.phase() == DocumentPhase.UPLOADED).imagePath())
                .as("the kiosk is not told where to read the picture").isNull();

        // The lead sees it at full size, byte for byte; another expert does not.
        byte[] seen = get(expertToken("cf-e2"), uploaded.imagePath()).expectStatus().isOk()
                .expectHeader().contentType("image/jpeg").expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(seen).isEqualTo(blurred);
        get(expertToken("cf-stranger"), uploaded.imagePath()).expectStatus().isNotFound();

        // The same picture again (a retry after a lost answer) gets the same answer; another one is refused
        // while the expert looks.
        UploadAccepted again = post(kioskToken("cf-k2"), capture.uploadPath(), "image/jpeg", blurred)
                .expectStatus().isAccepted().expectBody(UploadAccepted.class).returnResult().getResponseBody();
        assertThat(again).isEqualTo(first);
        post(kioskToken("cf-k2"), capture.uploadPath(), "image/jpeg", Pictures.document(2400, 1800, "jpg", 7))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("DOCUMENT_CLOSED");

        expert.send(sessionId, new DocumentReview(capture.documentId(), DocumentDecision.REJECT, RejectionReason.BLURRED,
                null));
        assertThat(expert.awaitBody(DocumentState.class, s -> s.phase() == DocumentPhase.REJECTED).reason())
                .isEqualTo(RejectionReason.BLURRED);
        DocumentState toldToRetake = kiosk.awaitBody(DocumentState.class, s -> s.phase() == DocumentPhase.REJECTED);
        assertThat(toldToRetake.reason()).isEqualTo(RejectionReason.BLURRED);

        byte[] sharp = Pictures.document(3264, 2448, "jpg", 2);
        UploadAccepted second = post(kioskToken("cf-k2"), capture.uploadPath(), "image/jpeg", sharp)
                .expectStatus().isAccepted().expectBody(UploadAccepted.class).returnResult().getResponseBody();
        assertThat(second.attempt()).isEqualTo(2);
        expert.awaitBody(DocumentState.class, s -> s.phase() == DocumentPhase.UPLOADED && s.attempt() == 2);
        expert.send(sessionId, new DocumentReview(capture.documentId(), DocumentDecision.ACCEPT, null, null));
        expert.awaitBody(DocumentState.class, s -> s.phase() == DocumentPhase.ACCEPTED);
        kiosk.awaitBody(DocumentState.class, s -> s.phase() == DocumentPhase.ACCEPTED);
        MaterialsState checklist = kiosk.awaitBody(MaterialsState.class,
                s -> entry(s, "HUKOU-BOOK").status() == MaterialStatus.RECEIVED);
        assertThat(entry(checklist, "HUKOU-BOOK").documentIds()).containsExactly(capture.documentId());

        // An accepted document takes no more pictures.
        post(kioskToken("cf-k2"), capture.uploadPath(), "image/jpeg", blurred).expectStatus().isEqualTo(409);

        // On the record: both uploads with their hashes, the review, and the pictures sealed (not in clear).
        assertThat(recorded(sessionId, SessionEvent.Kind.DOCUMENT_UPLOADED)).extracting(e -> e.caseFile().sha256())
                .containsExactly(first.sha256(), second.sha256());
        assertThat(recorded(sessionId, SessionEvent.Kind.DOCUMENT_REVIEWED)).extracting(e -> e.caseFile().decision())
                .containsExactly(DocumentDecision.REJECT, DocumentDecision.ACCEPT);
        List<Map<String, Object>> rows = database.client()
                .sql("SELECT attempt, sha256, sealed_data, case_number, material_code FROM case_documents"
                        + " WHERE picture_id = :id ORDER BY attempt")
                .bind("id", capture.documentId()).fetch().all().collectList().block();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get("sha256").toString().trim()).isEqualTo(second.sha256());
        assertThat(rows.get(1).get("case_number")).isEqualTo(CASE);
        assertThat(rows.get(1).get("material_code")).isEqualTo("HUKOU-BOOK");
        byte[] sealed = (byte[]) rows.get(1).get("sealed_data");
        assertThat(sealed).isNotEqualTo(sharp);
        assertThat(indexOf(sealed, Arrays.copyOfRange(sharp, 0, 64))).as("no plain JPEG bytes at rest").isNegative();
        // The audit chain vouches for each stored picture.
        Long audited = database.client().sql("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'DOCUMENT_STORED'"
                + " AND subject = :id").bind("id", capture.documentId()).map((r, m) -> r.get("n", Long.class))
                .one().block();
        assertThat(audited).isEqualTo(2);
        // After the call, the expert who served it may still read the accepted picture (each view audited).
        assertThat(get(expertToken("cf-e2"), uploaded.imagePath()).expectStatus().isOk().expectBody(byte[].class)
                .returnResult().getResponseBody()).isEqualTo(sharp);
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(sharp));
        ImageIO.write(picture, "png", out.resolve("casefile-document-accepted.png").toFile());
    }

    @Test
    void theCitizenSignsTheSummaryOnceAndTheReceiptPrints() throws IOException {
        TestParty expert = parties.expert("cf-e3", ITEM);
        TestParty kiosk = parties.kiosk("cf-k3");
        String sessionId = call(kiosk, expert);

        expert.send(sessionId, new ClosingRequest());
        assertThat(expert.awaitError(ErrorCode.INVALID_STATE).body().toString()).contains("record the outcome first");

        expert.send(sessionId, new MaterialsMark("ID-CARD", MaterialStatus.RECEIVED, null, null));
        expert.send(sessionId, new MaterialsMark("HUKOU-BOOK", MaterialStatus.RECEIVED, null, null));
        expert.send(sessionId, new MaterialsMark("RESIDENCE-PROOF", MaterialStatus.PROMISED, inDays(14), null));
        expert.awaitBody(MaterialsState.class, s -> entry(s, "RESIDENCE-PROOF").status() == MaterialStatus.PROMISED);
        expert.send(sessionId, new OutcomeSubmit(CaseOutcome.ACCEPTED_PENDING_DOCUMENTS, null,
                List.of(new MissingDocument("合法稳定住所证明", inDays(14))), null, null));
        expert.awaitBody(OutcomeRecorded.class);

        expert.send(sessionId, new ClosingRequest());
        ClosingState shown = expert.awaitBody(ClosingState.class, s -> s.phase() == ClosingPhase.SHOWN);
        ClosingSummary summary = kiosk.awaitBody(ClosingSummary.class);
        assertThat(summary.closingId()).isEqualTo(shown.closingId());
        assertThat(summary.caseNumber()).isEqualTo(CASE);
        assertThat(summary.itemName()).isEqualTo("户籍迁移");
        assertThat(summary.outcome()).isEqualTo(CaseOutcome.ACCEPTED_PENDING_DOCUMENTS);
        assertThat(summary.materials()).extracting(SummaryMaterial::code, SummaryMaterial::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ID-CARD", MaterialStatus.RECEIVED),
                        org.assertj.core.groups.Tuple.tuple("HUKOU-BOOK", MaterialStatus.RECEIVED),
                        org.assertj.core.groups.Tuple.tuple("RESIDENCE-PROOF", MaterialStatus.PROMISED));
        assertThat(summary.promisedDays()).isEqualTo(5);
        assertThat(summary.legalDays()).isEqualTo(20);
        assertThat(summary.dueDate()).isEqualTo(WorkingDays.after(LocalDate.now(ZoneId.of("Asia/Shanghai")), 5).toString());
        assertThat(summary.deliveryKind()).isEqualTo("PICK_UP");
        assertThat(summary.signPath()).isEqualTo(CasePaths.signature(sessionId, shown.closingId()));

        byte[] signature = Pictures.signature(1);
        SignatureAccepted signed = post(kioskToken("cf-k3"), summary.signPath(), "image/png", signature)
                .expectStatus().isCreated().expectBody(SignatureAccepted.class).returnResult().getResponseBody();
        assertThat(signed.sha256()).isEqualTo(PictureCheck.sha256(signature));
        assertThat(signed.receiptPath()).isEqualTo(CasePaths.receipt(sessionId));
        assertThat(expert.awaitBody(ClosingState.class, s -> s.phase() == ClosingPhase.SIGNED).signatureSha256())
                .isEqualTo(signed.sha256());
        assertThat(kiosk.awaitBody(ClosingState.class, s -> s.phase() == ClosingPhase.SIGNED).receiptPath())
                .isEqualTo(signed.receiptPath());

        // The same signature again (a retry after a lost answer): the same answer, nothing recorded twice.
        SignatureAccepted again = post(kioskToken("cf-k3"), summary.signPath(), "image/png", signature)
                .expectStatus().isOk().expectBody(SignatureAccepted.class).returnResult().getResponseBody();
        assertThat(again).isEqualTo(signed);
        post(kioskToken("cf-k3"), summary.signPath(), "image/png", Pictures.signature(2)).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("ALREADY_SIGNED");
        List<SessionEvent> signedEvents = recorded(sessionId, SessionEvent.Kind.SIGNED);
        assertThat(signedEvents).hasSize(1);
        assertThat(signedEvents.get(0).caseFile().sha256()).isEqualTo(signed.sha256());
        assertThat(signedEvents.get(0).caseFile().receiptFingerprint()).hasSize(64);

        // The kiosk prints it; the expert downloads it; another kiosk gets nothing.
        byte[] pdf = get(kioskToken("cf-k3"), signed.receiptPath()).expectStatus().isOk()
                .expectHeader().contentType("application/pdf").expectBody(byte[].class).returnResult().getResponseBody();
        get(expertToken("cf-e3"), signed.receiptPath()).expectStatus().isOk();
        get(kioskToken("cf-k-other"), signed.receiptPath()).expectStatus().isNotFound();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains(CASE).contains("户籍迁移").contains("一次性告知书").contains("合法稳定住所证明");
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 110);
            Path out = Path.of("target", "screenshots");
            Files.createDirectories(out);
            ImageIO.write(page, "png", out.resolve("casefile-receipt-from-call.png").toFile());
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
