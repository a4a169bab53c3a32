package cn.remotewindow.kiosk.screen;

import java.util.List;
import java.util.Objects;

/**
 * What the citizen confirms with their signature at the end of the call (protocol 5.58), in the
 * screen's own terms.
 *
 * @param outcome COMPLETED, ACCEPTED, ACCEPTED_PENDING_DOCUMENTS, REJECTED or TRANSFERRED
 * @param caseNumber 办件编号, null when there is none (not accepted)
 * @param reason the outcome's reason (refused, transferred), null when none
 * @param promisedDays working days promised, null when not accepted
 * @param dueDate YYYY-MM-DD, null when not accepted
 * @param delivery how the result reaches the citizen (属地出件), null when unknown
 */
public record CaseSummary(String outcome, String caseNumber, Name itemName, String reason,
                          List<Material> materials, Integer promisedDays, String dueDate,
                          Delivery delivery, String expertName) {

    public CaseSummary {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(itemName, "itemName");
        materials = List.copyOf(materials);
    }

    /** A material of the item's checklist and where it stands: RECEIVED, PROMISED, NOT_APPLICABLE or UNMARKED. */
    public record Material(Name name, String status, String promisedDate) {
        public boolean received() {
            return "RECEIVED".equals(status);
        }

        /** Still to bring: promised under 容缺, or required and not marked. */
        public boolean missing() {
            return "PROMISED".equals(status) || "UNMARKED".equals(status);
        }
    }

    /** @param kind PICK_UP, POST or ELECTRONIC; {@code place} where, who posts it, or which app */
    public record Delivery(String kind, String place) {
    }
}
