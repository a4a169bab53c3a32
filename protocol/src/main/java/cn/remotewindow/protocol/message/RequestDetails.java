package cn.remotewindow.protocol.message;

/**
 * What an expert sees of a request: in the ring, and in their session.established and
 * session.resumed.
 *
 * @param kioskName       the kiosk's display name from its account, e.g. "红旗区政务服务中心 1 号机"
 * @param transferredFrom who handed the session over to this expert (转办), or null for a first request
 */
public record RequestDetails(String kioskId, String kioskName, String district, String skill, String itemCode,
                             String departmentCode, String caseNumber, Priority priority, long requestedAt,
                             HandoverNote transferredFrom) {
}
