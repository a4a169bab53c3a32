package cn.remotewindow.protocol.message;

/**
 * One waiting request in an expert's waiting picture: where it comes from and what it is about,
 * but no case number or other personal data.
 *
 * @param requestedAt epoch ms
 */
public record QueuedRequest(String sessionId, String itemCode, String departmentCode, String district,
                            String kioskName, Priority priority, long requestedAt) {
}
