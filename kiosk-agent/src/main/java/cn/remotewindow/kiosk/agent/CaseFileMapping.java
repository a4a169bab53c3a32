package cn.remotewindow.kiosk.agent;

import cn.remotewindow.kiosk.screen.CaseSummary;
import cn.remotewindow.kiosk.screen.Name;
import cn.remotewindow.kiosk.screen.RetakeReason;
import cn.remotewindow.protocol.message.ClosingSummary;
import cn.remotewindow.protocol.message.RejectionReason;
import cn.remotewindow.protocol.message.SummaryMaterial;

/** The case file's messages in the screen's terms (the screen knows nothing of the protocol). */
final class CaseFileMapping {

    private CaseFileMapping() {
    }

    static RetakeReason retake(RejectionReason reason) {
        return reason == null ? RetakeReason.OTHER : RetakeReason.valueOf(reason.name());
    }

    static Name name(String zh, String en) {
        return new Name(zh == null || zh.isBlank() ? "材料" : zh, en);
    }

    static CaseSummary summary(ClosingSummary summary) {
        return new CaseSummary(summary.outcome().name(), summary.caseNumber(),
                name(summary.itemName(), summary.itemNameEn()), summary.reason(),
                summary.materials() == null ? java.util.List.of() : summary.materials().stream()
                        .map(CaseFileMapping::material).toList(),
                summary.promisedDays(), summary.dueDate(),
                summary.deliveryKind() == null ? null
                        : new CaseSummary.Delivery(summary.deliveryKind(), summary.deliveryPlace()),
                summary.expertName());
    }

    private static CaseSummary.Material material(SummaryMaterial material) {
        return new CaseSummary.Material(name(material.name(), material.nameEn()),
                material.status() == null ? "UNMARKED" : material.status().name(), material.promisedDate());
    }
}
