package cn.remotewindow.signaling.casefile;

import cn.remotewindow.catalogue.Catalogue;
import cn.remotewindow.catalogue.Delivery;
import cn.remotewindow.catalogue.Material;
import cn.remotewindow.catalogue.ServiceItem;
import cn.remotewindow.protocol.message.CaseOutcome;
import cn.remotewindow.protocol.message.ClosingSummary;
import cn.remotewindow.protocol.message.MaterialStatus;
import cn.remotewindow.protocol.message.MissingDocument;
import cn.remotewindow.protocol.message.SummaryMaterial;
import cn.remotewindow.signaling.receipt.ReceiptContent;
import cn.remotewindow.signaling.record.SessionOutcome;
import cn.remotewindow.signaling.session.SessionRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes the closing summary the citizen signs, and the receipt it becomes, from one source: the
 * recorded outcome, the checklist as marked and the catalogue's elements for the item. Refuses
 * (with what to do) a story that does not hold together, before the citizen sees anything.
 */
public final class ClosingSummaries {

    /** The summary and the receipt it stands for. */
    public record Closing(ClosingSummary summary, ReceiptDraft draft) {
    }

    /** Why no summary can be made yet, in words for the expert. */
    public static final class NotReady extends RuntimeException {
        public NotReady(String message) {
            super(message);
        }
    }

    private final ZoneId zone;

    public ClosingSummaries(ZoneId zone) {
        this.zone = zone;
    }

    public Closing make(String closingId, CaseFile file, SessionRequest request, String expertName,
                        Catalogue catalogue, ZonedDateTime now) {
        SessionOutcome outcome = file.outcome();
        if (outcome == null) {
            throw new NotReady("record the outcome first (outcome.submit): the summary tells the citizen what it is");
        }
        if (outcome.outcome() == CaseOutcome.TRANSFERRED) {
            throw new NotReady("a transferred case is closed with the citizen by the expert it goes to");
        }
        ServiceItem item = request.itemCode() == null ? null : catalogue.service(request.itemCode()).orElse(null);
        if (item == null) {
            throw new NotReady("the session's item (" + request.itemCode() + ") is not in the catalogue: there is no"
                    + " time limit or delivery to tell the citizen; close the case at the counter");
        }
        LocalDate today = now.withZoneSameInstant(zone).toLocalDate();
        List<Line> lines = lines(item, file, outcome);
        boolean accepted = outcome.outcome() != CaseOutcome.REJECTED;
        LocalDate due = outcome.outcome() == CaseOutcome.COMPLETED ? today
                : WorkingDays.after(today, item.timeLimit().promisedDays());
        Delivery delivery = item.deliveries().isEmpty() ? null : item.deliveries().get(0);
        // A 一件事 bundle names every department it spans.
        String department = catalogue.bundle(item.code())
                .map(b -> cn.remotewindow.catalogue.OneApplication.departments(catalogue, b))
                .orElse(List.of(item.department())).stream()
                .map(code -> catalogue.department(code).map(d -> d.name().zh()).orElse(code))
                .collect(java.util.stream.Collectors.joining("、"));
        ClosingSummary summary = new ClosingSummary(closingId, outcome.caseNumber(), item.code(), item.name().zh(),
                item.name().en(), outcome.outcome(), outcome.reason(),
                lines.stream().map(Line::summary).toList(),
                accepted ? item.timeLimit().promisedDays() : null, accepted ? item.timeLimit().legalDays() : null,
                accepted ? due.toString() : null,
                delivery == null ? null : delivery.kind().name(), delivery == null ? null : delivery.place(),
                expertName, CasePaths.signature(file.sessionId(), closingId));
        ReceiptContent receipt;
        try {
            receipt = new ReceiptContent(receiptId(closingId),
                    outcome.caseNumber() == null ? "—" : outcome.caseNumber(),
                    new ReceiptContent.Item(item.name().zh(), item.code()),
                    new ReceiptContent.Department(department, item.department(), null),
                    receiptOutcome(outcome.outcome()), outcome.reason(),
                    lines.stream().map(Line::receipt).toList(),
                    accepted ? new ReceiptContent.TimeLimit(item.timeLimit().promisedDays(),
                            item.timeLimit().legalDays(), due) : null,
                    accepted && delivery != null ? delivery(delivery, request) : null,
                    new ReceiptContent.Kiosk(request.kioskId(), orElse(request.kioskName(), request.kioskId()),
                            orElse(request.district(), "—")),
                    expertName, null, now.withZoneSameInstant(zone));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotReady("the receipt would not hold together: " + e.getMessage());
        }
        return new Closing(summary, new ReceiptDraft(receipt));
    }

    /**
     * The reference printed on the paper: short enough to read out on the phone; the record is
     * found by the case number, and the check code (the content's fingerprint) tells it apart.
     */
    static String receiptId(String closingId) {
        String hex = closingId.replace("c-", "").replace("-", "");
        return "RW-" + hex.substring(0, Math.min(10, hex.length())).toUpperCase();
    }

    /** One material as the summary and the receipt put it. */
    private record Line(SummaryMaterial summary, ReceiptContent.Material receipt) {
    }

    private List<Line> lines(ServiceItem item, CaseFile file, SessionOutcome outcome) {
        boolean pending = outcome.outcome() == CaseOutcome.ACCEPTED_PENDING_DOCUMENTS;
        boolean refused = outcome.outcome() == CaseOutcome.REJECTED;
        Map<String, String> named = new HashMap<>();
        List<MissingDocument> listed = outcome.missingDocuments() == null ? List.of() : outcome.missingDocuments();
        for (MissingDocument missing : listed) {
            named.put(missing.name(), missing.dueDate());
        }
        List<Line> lines = new ArrayList<>();
        List<String> unmarked = new ArrayList<>();
        List<String> undated = new ArrayList<>();
        for (Material material : item.materials()) {
            Mark mark = file.mark(material.code());
            MaterialStatus status = mark.status();
            String date = mark.promisedDate();
            String zh = material.name().zh();
            if (status == MaterialStatus.UNMARKED) {
                if (!material.required()) {
                    continue;
                }
                if (pending && named.containsKey(zh)) {
                    date = named.remove(zh);
                    if (date == null) {
                        undated.add(zh);
                        continue;
                    }
                    status = MaterialStatus.PROMISED;
                } else if (!refused) {
                    unmarked.add(zh);
                    continue;
                }
            } else {
                named.remove(zh);
            }
            lines.add(line(material.code(), zh, material.name().en(), status, date, mark.note(), refused));
        }
        if (!unmarked.isEmpty()) {
            throw new NotReady("mark these materials first (received, 容缺 with a date, or not applicable): "
                    + String.join("、", unmarked));
        }
        if (pending) {
            for (Map.Entry<String, String> extra : named.entrySet()) {
                if (extra.getValue() == null) {
                    undated.add(extra.getKey());
                } else {
                    lines.add(line(null, extra.getKey(), extra.getKey(), MaterialStatus.PROMISED, extra.getValue(),
                            null, false));
                }
            }
            if (!undated.isEmpty()) {
                throw new NotReady("容缺: give the date the citizen promises for " + String.join("、", undated));
            }
            if (lines.stream().noneMatch(l -> l.summary().status() == MaterialStatus.PROMISED)) {
                throw new NotReady("the outcome is 容缺受理 but no material is outstanding: mark one 容缺, or record"
                        + " ACCEPTED");
            }
        } else if (!refused && lines.stream().anyMatch(l -> l.summary().status() == MaterialStatus.PROMISED)) {
            throw new NotReady("materials are marked 容缺: record the outcome ACCEPTED_PENDING_DOCUMENTS");
        }
        return lines;
    }

    private static Line line(String code, String zh, String en, MaterialStatus status, String date, String note,
                             boolean refused) {
        ReceiptContent.Material receipt = switch (status) {
            case RECEIVED -> new ReceiptContent.Material(zh, ReceiptContent.MaterialStatus.RECEIVED, null, note);
            case NOT_APPLICABLE -> new ReceiptContent.Material(zh, ReceiptContent.MaterialStatus.NOT_APPLICABLE, null,
                    note);
            // A refusal promises nothing: what was missing is said as missing.
            case PROMISED -> refused
                    ? new ReceiptContent.Material(zh, ReceiptContent.MaterialStatus.MISSING, null, note)
                    : new ReceiptContent.Material(zh, ReceiptContent.MaterialStatus.PROMISED, LocalDate.parse(date),
                    note);
            case UNMARKED -> new ReceiptContent.Material(zh, ReceiptContent.MaterialStatus.MISSING, null, note);
        };
        return new Line(new SummaryMaterial(code, zh, en, status, status == MaterialStatus.PROMISED ? date : null),
                receipt);
    }

    private static ReceiptContent.Outcome receiptOutcome(CaseOutcome outcome) {
        return switch (outcome) {
            case COMPLETED, ACCEPTED -> ReceiptContent.Outcome.ACCEPTED;
            case ACCEPTED_PENDING_DOCUMENTS -> ReceiptContent.Outcome.ACCEPTED_PENDING_MATERIALS;
            case REJECTED -> ReceiptContent.Outcome.REFUSED;
            case TRANSFERRED -> throw new NotReady("a transferred case has no receipt here");
        };
    }

    private static ReceiptContent.Delivery delivery(Delivery delivery, SessionRequest request) {
        return switch (delivery.kind()) {
            // 属地出件: at the service centre of the kiosk's district.
            case PICK_UP -> new ReceiptContent.Delivery(ReceiptContent.DeliveryMethod.COLLECT_AT_CENTRE,
                    delivery.place(), orElse(request.district(), "") + "政务服务中心", null);
            case POST -> new ReceiptContent.Delivery(ReceiptContent.DeliveryMethod.POST, delivery.place(), null, null);
            case ELECTRONIC -> new ReceiptContent.Delivery(ReceiptContent.DeliveryMethod.ELECTRONIC, delivery.place(),
                    null, null);
        };
    }

    private static String orElse(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text;
    }
}
