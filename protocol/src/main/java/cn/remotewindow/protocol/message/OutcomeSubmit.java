package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.Fields;
import cn.remotewindow.protocol.ProtocolException;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;
import java.util.List;

/**
 * The expert records the case outcome (办理结果) of the session they serve, during the call or
 * after it (wrap-up, within the rating window). Sent again, the latest one stands.
 *
 * @param caseNumber       left out: the request's case number; COMPLETED and the ACCEPTED outcomes
 *                         need one of the two (checked by the server, which knows the request)
 * @param missingDocuments for ACCEPTED_PENDING_DOCUMENTS only, 1 to 20; an empty list counts as absent
 * @param reason           for REJECTED and TRANSFERRED; blank counts as absent
 * @param notes            the expert's own notes; blank counts as absent
 */
@WireType(value = "outcome.submit", sentBy = Role.EXPERT, needsSession = true)
public record OutcomeSubmit(CaseOutcome outcome, String caseNumber, List<MissingDocument> missingDocuments,
                            String reason, String notes) implements Message {

    public static final int MAX_DOCUMENTS = 20;
    public static final int MAX_REASON = 500;
    public static final int MAX_NOTES = 2000;

    public OutcomeSubmit {
        Fields.required(outcome, "outcome");
        Fields.optionalCode(caseNumber, "caseNumber");
        missingDocuments = documents(outcome, missingDocuments);
        reason = blankAsAbsent(Fields.maxLength(reason, "reason", MAX_REASON));
        if (outcome.needsReason() && reason == null) {
            throw new ProtocolException(ErrorCode.MISSING_FIELD, "'reason' is required for " + outcome);
        }
        notes = blankAsAbsent(Fields.maxLength(notes, "notes", MAX_NOTES));
    }

    private static List<MissingDocument> documents(CaseOutcome outcome, List<MissingDocument> documents) {
        boolean none = documents == null || documents.isEmpty();
        if (!outcome.listsMissingDocuments()) {
            if (!none) {
                throw new ProtocolException(ErrorCode.INVALID_FIELD,
                        "'missingDocuments' is only for ACCEPTED_PENDING_DOCUMENTS, not " + outcome);
            }
            return null;
        }
        if (none) {
            throw new ProtocolException(ErrorCode.MISSING_FIELD,
                    "'missingDocuments' is required for ACCEPTED_PENDING_DOCUMENTS: name 1-" + MAX_DOCUMENTS + " documents");
        }
        if (documents.size() > MAX_DOCUMENTS) {
            throw new ProtocolException(ErrorCode.INVALID_FIELD,
                    "'missingDocuments' lists at most " + MAX_DOCUMENTS + " documents");
        }
        for (MissingDocument document : documents) {
            if (document == null) {
                throw new ProtocolException(ErrorCode.INVALID_FIELD, "'missingDocuments' must not contain null");
            }
        }
        return List.copyOf(documents);
    }

    private static String blankAsAbsent(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
