package cn.remotewindow.signaling.record.search;

import java.time.Instant;

/** A verification as the auditors' list shows it: one row of {@code verifications}, with its session's district. */
public record VerificationRow(String verificationId, String sessionId, String caseNumber, String itemCode,
                              String district, String kioskId, String expertId, Instant openedAt, String phase,
                              String machineVerdict, String decision, String method, Instant closedAt) {
}
