package cn.remotewindow.signaling.session;

import cn.remotewindow.protocol.message.Priority;
import cn.remotewindow.protocol.message.RequestDetails;
import cn.remotewindow.signaling.record.CaseRequest;
import java.time.Instant;

/** What the kiosk asked for; fixed for the life of the session. */
public record SessionRequest(String kioskId, String kioskName, String district, String itemCode,
                             String departmentCode, String caseNumber, Priority priority, String skill,
                             long sequence, Instant requestedAt) {

    /** As recorded with the session's events. */
    public CaseRequest recorded() {
        return new CaseRequest(kioskId, kioskName, district, skill, itemCode, departmentCode, caseNumber, priority,
                requestedAt);
    }

    /** As an expert sees it. */
    public RequestDetails details() {
        return new RequestDetails(kioskId, kioskName, district, skill, itemCode, departmentCode, caseNumber, priority,
                requestedAt.toEpochMilli());
    }
}
