package cn.remotewindow.protocol.message;

/** What an expert sees of a request when rung. */
public record RequestDetails(String kioskId, String district, String skill, String itemCode,
                             String departmentCode, String caseNumber, Priority priority,
                             long requestedAt) {
}
