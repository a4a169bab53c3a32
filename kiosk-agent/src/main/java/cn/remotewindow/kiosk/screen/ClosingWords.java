package cn.remotewindow.kiosk.screen;

import static cn.remotewindow.kiosk.screen.ControlNames.*;

import java.util.List;
import java.util.stream.Collectors;

/** The closing summary in plain words, one short line per fact, as the citizen reads it before signing. */
final class ClosingWords {

    private ClosingWords() {
    }

    /** The outcome and the case number: what stays in sight while signing. */
    static void heading(CaseSummary summary, ScreenContent.Builder content) {
        Messages m = content.messages();
        content.text(SUM_HEADING, m.text("sum.outcome." + summary.outcome()));
        if (summary.caseNumber() != null && !summary.caseNumber().isBlank()) {
            content.text(SUM_CASE, m.text("sum.case", summary.caseNumber()));
        }
    }

    static void describe(CaseSummary summary, ScreenContent.Builder content) {
        Messages m = content.messages();
        ScreenLanguage language = m.language();
        content.text(SUM_HEADING, m.text("sum.outcome." + summary.outcome()));
        content.text(SUM_ITEM, m.text("sum.item", summary.itemName().in(language)));
        if (summary.caseNumber() != null && !summary.caseNumber().isBlank()) {
            content.text(SUM_CASE, m.text("sum.case", summary.caseNumber()));
        }
        if (summary.reason() != null && !summary.reason().isBlank()) {
            content.text(SUM_REASON, m.text("sum.reason",
                    UntrustedText.clean(summary.reason(), KioskScreen.EXPERT_MESSAGE_MAX_LENGTH)));
        }
        List<CaseSummary.Material> received = summary.materials().stream().filter(CaseSummary.Material::received).toList();
        if (!received.isEmpty()) {
            content.text(SUM_RECEIVED, m.text("sum.received", names(received, language, m)));
        }
        List<CaseSummary.Material> missing = summary.materials().stream().filter(CaseSummary.Material::missing).toList();
        if (!missing.isEmpty()) {
            content.text(SUM_MISSING, m.text("sum.missing", missing.stream()
                    .map(material -> material.promisedDate() == null
                            ? material.name().in(language)
                            : m.text("sum.missing.by", material.name().in(language), material.promisedDate()))
                    .collect(Collectors.joining(separator(language)))));
        }
        if (summary.promisedDays() != null && summary.dueDate() != null) {
            content.text(SUM_DUE, m.text("sum.due", summary.promisedDays(), summary.dueDate()));
        }
        CaseSummary.Delivery delivery = summary.delivery();
        if (delivery != null && delivery.kind() != null) {
            String place = delivery.place() == null ? "" : delivery.place();
            content.text(SUM_DELIVERY, m.text("sum.delivery." + delivery.kind(), place));
        }
    }

    /** Between names in a list: the enumeration comma in Chinese. */
    private static String separator(ScreenLanguage language) {
        return language == ScreenLanguage.ZH_CN ? "、" : ", ";
    }

    private static String names(List<CaseSummary.Material> materials, ScreenLanguage language, Messages m) {
        return materials.stream().map(material -> material.name().in(language))
                .collect(Collectors.joining(separator(language)));
    }
}
