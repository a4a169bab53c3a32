package cn.remotewindow.signaling.record.search;

import java.time.Instant;
import java.util.List;

/**
 * A session as the auditors' list shows it: one row of {@code sessions}. Durations in milliseconds,
 * null until they can be known.
 */
public record SessionRow(String sessionId, String caseNumber, String kioskId, String kioskName, String district,
                         String departmentCode, String itemCode, String priority, Instant requestedAt,
                         Instant acceptedAt, Instant connectedAt, Instant endedAt, String expertId,
                         List<String> servedBy, int transfers, String endReason, Long waitMillis, Long handleMillis,
                         String outcome, Integer missingDocuments, String rating, String verificationResult) {

    public SessionRow {
        servedBy = List.copyOf(servedBy);
    }
}
