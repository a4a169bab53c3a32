package cn.remotewindow.signaling.api.sessions;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.CaseOutcome;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.MissingDocument;
import cn.remotewindow.protocol.message.Priority;
import cn.remotewindow.protocol.message.Satisfaction;
import cn.remotewindow.signaling.record.CaseRequest;
import cn.remotewindow.signaling.record.SessionEvent;
import cn.remotewindow.signaling.record.SessionOutcome;
import cn.remotewindow.signaling.record.SessionRecord;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * One of the expert's sessions as the console shows it; fields that do not apply (yet) are left
 * out. {@code caseNumber} is the request's; the outcome carries the one recorded. {@code events}
 * only in the single-session view.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionView(String sessionId, String kioskId, String kioskName, String district, String skill,
                          String itemCode, String departmentCode, String caseNumber, Priority priority,
                          Instant requestedAt, Instant acceptedAt, Instant connectedAt, Instant endedAt,
                          Role endedBy, EndReason endReason, Long waitSeconds, Long handleSeconds,
                          OutcomeView outcome, Satisfaction rating, List<String> servedBy,
                          List<EventView> events) {

    /** The outcome the expert recorded last. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OutcomeView(CaseOutcome outcome, String caseNumber, List<DocumentView> missingDocuments,
                              String reason, String notes, Instant recordedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DocumentView(String name, String dueDate) {
    }

    /** Something that happened to the session. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EventView(SessionEvent.Kind kind, Instant at, String expertId, String note, CaseFileView caseFile) {
    }

    /**
     * A case-file event's details (materials, documents, closing) without the receipt's text: the
     * picture of a document is read with its id and attempt (GET .../documents/{id}/image?attempt=n).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CaseFileView(String materialCode, String status, String promisedDate, String documentId,
                               Integer attempt, String sha256, Long bytes, Integer width, Integer height,
                               String decision, String reason, String detail, String problem, String closingId,
                               String receiptFingerprint) {

        static CaseFileView of(cn.remotewindow.signaling.record.CaseFileEntry e) {
            return e == null ? null : new CaseFileView(e.materialCode(), name(e.status()), e.promisedDate(),
                    e.documentId(), e.attempt(), e.sha256(), e.bytes(), e.width(), e.height(), name(e.decision()),
                    name(e.reason()), e.detail(), name(e.problem()), e.closingId(), e.receiptFingerprint());
        }

        private static String name(Enum<?> value) {
            return value == null ? null : value.name();
        }
    }

    static SessionView of(SessionRecord record) {
        return of(record, null);
    }

    /** With its events (the timeline of the detail views), or without ({@code events} null). */
    public static SessionView of(SessionRecord record, List<SessionEvent> events) {
        CaseRequest request = record.request();
        return new SessionView(record.sessionId(), request.kioskId(), request.kioskName(), request.district(),
                request.skill(), request.itemCode(), request.departmentCode(), request.caseNumber(), request.priority(),
                millis(request.requestedAt()), millis(record.acceptedAt()), millis(record.connectedAt()),
                millis(record.endedAt()), record.endedBy(), record.endReason(), record.waitSeconds(), record.handleSeconds(),
                outcome(record.outcome(), record.outcomeAt()), record.rating(), record.servedBy(),
                events == null ? null : events.stream().map(SessionView::event).toList());
    }

    private static OutcomeView outcome(SessionOutcome outcome, Instant at) {
        if (outcome == null) {
            return null;
        }
        List<DocumentView> documents = outcome.missingDocuments().isEmpty() ? null
                : outcome.missingDocuments().stream().map(SessionView::document).toList();
        return new OutcomeView(outcome.outcome(), outcome.caseNumber(), documents, outcome.reason(), outcome.notes(),
                millis(at));
    }

    private static DocumentView document(MissingDocument document) {
        return new DocumentView(document.name(), document.dueDate());
    }

    /** The citizen's rating comment stays out of the expert's view: only the level is shown. */
    private static EventView event(SessionEvent event) {
        String note = event.kind() == SessionEvent.Kind.RATED && event.rating() != null
                ? event.rating().name()
                : event.note();
        return new EventView(event.kind(), millis(event.at()), event.expertId(),
                note != null ? note : caseFileNote(event.caseFile()), CaseFileView.of(event.caseFile()));
    }

    /** A line for the timeline: what was marked, uploaded, decided or signed. */
    static String caseFileNote(cn.remotewindow.signaling.record.CaseFileEntry e) {
        if (e == null) {
            return null;
        }
        StringBuilder line = new StringBuilder();
        java.util.function.Consumer<Object> add = part -> {
            if (part != null) {
                line.append(line.isEmpty() ? "" : " ").append(part);
            }
        };
        add.accept(e.materialCode());
        add.accept(e.status());
        add.accept(e.promisedDate());
        add.accept(e.attempt() == null ? null : "#" + e.attempt());
        add.accept(e.width() == null ? null : e.width() + "×" + e.height());
        add.accept(e.decision());
        add.accept(e.reason());
        add.accept(e.problem());
        add.accept(e.detail());
        add.accept(e.sha256() == null ? null : "SHA-256 " + e.sha256().substring(0, 12) + "…");
        return line.isEmpty() ? null : line.toString();
    }

    /** Milliseconds, as the WebSocket's epoch-ms times: the clock's microseconds mean nothing to a reader. */
    private static Instant millis(Instant at) {
        return at == null ? null : at.truncatedTo(ChronoUnit.MILLIS);
    }
}
