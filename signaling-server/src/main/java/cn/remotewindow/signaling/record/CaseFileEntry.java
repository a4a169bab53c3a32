package cn.remotewindow.signaling.record;

import cn.remotewindow.protocol.message.CaptureProblem;
import cn.remotewindow.protocol.message.DocumentDecision;
import cn.remotewindow.protocol.message.MaterialStatus;
import cn.remotewindow.protocol.message.RejectionReason;

/**
 * The details of a case-file event (materials, documents, closing), as recorded with the session's
 * events and chained in the audit log. Only the fields of its kind are set; pictures are not here
 * (their SHA-256 is), they are sealed in {@code case_documents}.
 *
 * @param receipt            SIGNED: the receipt's content as JSON (what the paper says), for reprinting it years later
 * @param receiptFingerprint SIGNED: SHA-256 of the receipt's content ({@code ReceiptFingerprint}), hex
 */
public record CaseFileEntry(String materialCode, MaterialStatus status, String promisedDate, String note,
                            String documentId, Integer attempt, String sha256, Long bytes, Integer width,
                            Integer height, String contentType, DocumentDecision decision, RejectionReason reason,
                            String detail, CaptureProblem problem, String closingId, String receipt,
                            String receiptFingerprint) {

    public static CaseFileEntry marked(String materialCode, MaterialStatus status, String promisedDate, String note) {
        return new CaseFileEntry(materialCode, status, promisedDate, note, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    public static CaseFileEntry requested(String documentId, String materialCode, String note) {
        return new CaseFileEntry(materialCode, null, null, note, documentId, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
    }

    public static CaseFileEntry uploaded(String documentId, String materialCode, int attempt, String sha256, long bytes,
                                         int width, int height, String contentType) {
        return new CaseFileEntry(materialCode, null, null, null, documentId, attempt, sha256, bytes, width, height,
                contentType, null, null, null, null, null, null, null);
    }

    public static CaseFileEntry reviewed(String documentId, String materialCode, int attempt, String sha256,
                                         DocumentDecision decision, RejectionReason reason, String detail) {
        return new CaseFileEntry(materialCode, null, null, null, documentId, attempt, sha256, null, null, null, null,
                decision, reason, detail, null, null, null, null);
    }

    public static CaseFileEntry problem(String documentId, String materialCode, CaptureProblem problem, String detail) {
        return new CaseFileEntry(materialCode, null, null, null, documentId, null, null, null, null, null, null, null,
                null, detail, problem, null, null, null);
    }

    public static CaseFileEntry shown(String closingId) {
        return new CaseFileEntry(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, closingId, null, null);
    }

    public static CaseFileEntry signed(String closingId, String signatureSha256, long bytes, int width, int height,
                                       String receipt, String receiptFingerprint) {
        return new CaseFileEntry(null, null, null, null, null, null, signatureSha256, bytes, width, height, "image/png",
                null, null, null, null, closingId, receipt, receiptFingerprint);
    }
}
