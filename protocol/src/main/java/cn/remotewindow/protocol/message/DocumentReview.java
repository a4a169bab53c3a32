package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.Fields;
import cn.remotewindow.protocol.ProtocolException;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/**
 * The lead expert's decision on the uploaded picture: ACCEPT attaches it to the case and marks its
 * material RECEIVED; REJECT tells the citizen why, and the kiosk may upload a retake.
 *
 * @param reason REJECT only, and required then
 * @param detail required for OTHER; shown to the citizen
 */
@WireType(value = "document.review", sentBy = Role.EXPERT, needsSession = true)
public record DocumentReview(String documentId, DocumentDecision decision, RejectionReason reason, String detail)
        implements Message {

    public static final int MAX_DETAIL = 200;

    public DocumentReview {
        Fields.code(documentId, "documentId");
        Fields.required(decision, "decision");
        detail = Fields.maxLength(detail, "detail", MAX_DETAIL);
        detail = detail == null || detail.isBlank() ? null : detail.strip();
        if (decision == DocumentDecision.REJECT && reason == null) {
            throw new ProtocolException(ErrorCode.MISSING_FIELD, "'reason' is required to REJECT a document");
        }
        if (decision == DocumentDecision.ACCEPT && reason != null) {
            throw new ProtocolException(ErrorCode.INVALID_FIELD, "'reason' is only for REJECT");
        }
        if (reason == RejectionReason.OTHER && detail == null) {
            throw new ProtocolException(ErrorCode.MISSING_FIELD, "'detail' is required for OTHER: say what is wrong");
        }
    }
}
