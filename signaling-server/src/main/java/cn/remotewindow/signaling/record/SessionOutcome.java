package cn.remotewindow.signaling.record;

import cn.remotewindow.protocol.message.CaseOutcome;
import cn.remotewindow.protocol.message.MissingDocument;
import java.util.List;

/**
 * The case outcome (办理结果) an expert recorded for a session. Plain data.
 *
 * @param caseNumber       as submitted, else the request's; null only for REJECTED and TRANSFERRED without one
 * @param missingDocuments empty unless ACCEPTED_PENDING_DOCUMENTS
 */
public record SessionOutcome(CaseOutcome outcome, String caseNumber, List<MissingDocument> missingDocuments,
                             String reason, String notes) {

    public SessionOutcome {
        missingDocuments = missingDocuments == null ? List.of() : List.copyOf(missingDocuments);
    }
}
