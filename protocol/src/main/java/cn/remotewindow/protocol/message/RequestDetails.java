package cn.remotewindow.protocol.message;

/**
 * What an expert sees of a request: in the ring, and in their session.established and
 * session.resumed.
 *
 * @param kioskName       the kiosk's display name from its account, e.g. "红旗区政务服务中心 1 号机"
 * @param transferredFrom who handed the session over to this expert (转办), or null for a first request
 * @param invitedBy       the guest's copy only: the lead expert who invited them into the call, or null
 */
public record RequestDetails(String kioskId, String kioskName, String district, String skill, String itemCode,
                             String departmentCode, String caseNumber, Priority priority, long requestedAt,
                             HandoverNote transferredFrom, HandoverNote invitedBy) {

    /** A request nobody was invited into. */
    public RequestDetails(String kioskId, String kioskName, String district, String skill, String itemCode,
                          String departmentCode, String caseNumber, Priority priority, long requestedAt,
                          HandoverNote transferredFrom) {
        this(kioskId, kioskName, district, skill, itemCode, departmentCode, caseNumber, priority, requestedAt,
                transferredFrom, null);
    }

    /** The same request as an invited guest sees it. */
    public RequestDetails invitedBy(HandoverNote invitation) {
        return new RequestDetails(kioskId, kioskName, district, skill, itemCode, departmentCode, caseNumber, priority,
                requestedAt, transferredFrom, invitation);
    }
}
