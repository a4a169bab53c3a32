package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;
import java.util.List;

/**
 * What the kiosk shows the citizen before they sign, in plain words: the outcome, the materials,
 * the time limit and how the result reaches them (属地出件). The citizen signs on the touch screen
 * and the kiosk uploads the signature ({@code POST signPath}, a PNG).
 *
 * @param caseNumber    the case number, or null when none was given (a refusal)
 * @param reason        the outcome's reason (REJECTED, TRANSFERRED), or null
 * @param promisedDays  working days promised (承诺时限), null when the case was not accepted
 * @param legalDays     working days by law (法定时限), null likewise
 * @param dueDate       {@code YYYY-MM-DD}: by when, counting working days from today; null likewise
 * @param deliveryKind  PICK_UP, POST or ELECTRONIC; null when the item is not in the catalogue
 * @param deliveryPlace where (the service centre), who posts it, or which app; null likewise
 */
@WireType(value = "closing.summary", sentBy = Role.SERVER, needsSession = true)
public record ClosingSummary(String closingId, String caseNumber, String itemCode, String itemName, String itemNameEn,
                             CaseOutcome outcome, String reason, List<SummaryMaterial> materials,
                             Integer promisedDays, Integer legalDays, String dueDate, String deliveryKind,
                             String deliveryPlace, String expertName, String signPath) implements Message {
}
