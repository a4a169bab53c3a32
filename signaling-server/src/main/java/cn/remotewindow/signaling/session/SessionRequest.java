package cn.remotewindow.signaling.session;

import cn.remotewindow.protocol.message.HandoverNote;
import cn.remotewindow.protocol.message.Priority;
import cn.remotewindow.protocol.message.RequestDetails;
import cn.remotewindow.signaling.record.CaseRequest;
import java.time.Instant;

/**
 * What the kiosk asked for. Fixed for the life of the session, except that a transfer routes it
 * by another skill and notes who handed it over.
 *
 * @param sequence        arrival order; a transfer keeps it, so the citizen keeps their place
 * @param transferredFrom the latest handover, or null
 */
public record SessionRequest(String kioskId, String kioskName, String district, String itemCode,
                             String departmentCode, String caseNumber, Priority priority, String skill,
                             long sequence, Instant requestedAt, HandoverNote transferredFrom) {

    /** As recorded with the session's events. */
    public CaseRequest recorded() {
        return new CaseRequest(kioskId, kioskName, district, skill, itemCode, departmentCode, caseNumber, priority,
                requestedAt);
    }

    /** As an expert sees it. */
    public RequestDetails details() {
        return new RequestDetails(kioskId, kioskName, district, skill, itemCode, departmentCode, caseNumber, priority,
                requestedAt.toEpochMilli(), transferredFrom);
    }

    /** @param knownCaseNumber the case number the expert handing over has, or null to keep the kiosk's */
    public SessionRequest transferred(String newSkill, HandoverNote note, String knownCaseNumber) {
        return new SessionRequest(kioskId, kioskName, district, itemCode, departmentCode,
                knownCaseNumber != null ? knownCaseNumber : caseNumber, priority, newSkill, sequence, requestedAt, note);
    }
}
