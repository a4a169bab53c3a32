package cn.remotewindow.signaling.record;

import cn.remotewindow.protocol.message.Priority;
import java.time.Instant;

/**
 * What the kiosk asked for, as recorded with every event of its session: where, which item or
 * department, which case. Plain data.
 *
 * @param kioskName the kiosk's display name from its account
 * @param skill     the code the request was routed by: the item when given, else the department
 */
public record CaseRequest(String kioskId, String kioskName, String district, String skill, String itemCode,
                          String departmentCode, String caseNumber, Priority priority, Instant requestedAt) {
}
