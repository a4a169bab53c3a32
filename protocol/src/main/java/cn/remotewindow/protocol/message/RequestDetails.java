package cn.remotewindow.protocol.message;

/**
 * What an expert sees of a request when rung.
 *
 * @param transferredFrom who handed the session over to this expert, or null for a first request
 */
public record RequestDetails(String kioskId, String district, String skill, String itemCode,
                             String departmentCode, String caseNumber, Priority priority,
                             long requestedAt, HandoverNote transferredFrom) {
}
