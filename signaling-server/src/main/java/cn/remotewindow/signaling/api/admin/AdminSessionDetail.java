package cn.remotewindow.signaling.api.admin;

import cn.remotewindow.signaling.api.sessions.SessionView;
import java.util.List;

/** One session for the auditor: its record with the timeline, its verifications, and its chain status. */
public record AdminSessionDetail(SessionView session, List<VerificationSummary> verifications, RecordChainView chain) {

    public AdminSessionDetail {
        verifications = List.copyOf(verifications);
    }

    /** A verification of the session, in a line; the details are at /api/admin/verifications/{id}. */
    public record VerificationSummary(String verificationId, String phase, String machineVerdict, String decision,
                                      String method, java.time.Instant openedAt) {
    }
}
