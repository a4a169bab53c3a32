package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.Fields;
import cn.remotewindow.protocol.ProtocolException;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/**
 * The expert's decision on a verification: confirming the machine's, overriding it, or the
 * result of a manual document check. The server requires a reason whenever the decision is not
 * the machine's own (an override, a NEEDS_REVIEW, a manual check).
 */
@WireType(value = "verify.review", sentBy = Role.EXPERT, needsSession = true)
public record VerifyReview(String verificationId, ReviewDecision decision, VerifyMethod method, String reason)
        implements Message {

    public static final int MAX_REASON = 500;

    public VerifyReview {
        Fields.code(verificationId, "verificationId");
        Fields.required(decision, "decision");
        method = method == null ? VerifyMethod.FACE_MATCH : method;
        reason = Fields.maxLength(reason, "reason", MAX_REASON);
        reason = reason == null || reason.isBlank() ? null : reason.strip();
        if (method == VerifyMethod.MANUAL_DOCUMENT_CHECK && reason == null) {
            throw new ProtocolException(ErrorCode.MISSING_FIELD,
                    "'reason' is required for MANUAL_DOCUMENT_CHECK: say what was checked");
        }
    }
}
