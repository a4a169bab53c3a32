package cn.remotewindow.signaling.session;

import cn.remotewindow.protocol.message.Priority;
import cn.remotewindow.protocol.message.RequestDetails;
import cn.remotewindow.protocol.message.HandoverNote;
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

    public RequestDetails details() {
        return new RequestDetails(kioskId, district, skill, itemCode, departmentCode, caseNumber, priority,
                requestedAt.toEpochMilli(), transferredFrom);
    }

    public SessionRequest transferred(String newSkill, HandoverNote note) {
        return new SessionRequest(kioskId, kioskName, district, itemCode, departmentCode, caseNumber, priority,
                newSkill, sequence, requestedAt, note);
    }
}
