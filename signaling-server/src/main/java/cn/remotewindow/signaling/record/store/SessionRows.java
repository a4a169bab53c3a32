package cn.remotewindow.signaling.record.store;

import static cn.remotewindow.signaling.record.store.DatabaseSessionRecords.millisBetween;
import static cn.remotewindow.signaling.record.store.DatabaseSessionRecords.utc;

import cn.remotewindow.signaling.record.CaseRequest;
import cn.remotewindow.signaling.record.SessionEvent;
import cn.remotewindow.signaling.record.SessionRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The session rows ({@code sessions}) and cases ({@code cases}) one transaction touches, written
 * once each at its end from the fold of their events: a session with eight events in one batch is
 * one row write, not eight.
 */
final class SessionRows {

    private static final List<String> COLUMNS = List.of("kiosk_id", "kiosk_name", "district", "skill", "item_code",
            "department_code", "case_number", "priority", "requested_at", "service_day", "accepted_at", "connected_at",
            "ended_at", "expert_id", "served_by", "transfers", "ended_by", "end_reason", "wait_ms", "handle_ms",
            "outcome", "outcome_at", "missing_documents", "rating", "event_count", "updated_at");
    private static final String INSERT;
    private static final String UPDATE;

    static {
        StringBuilder placeholders = new StringBuilder("$1");
        StringBuilder set = new StringBuilder();
        for (int i = 0; i < COLUMNS.size(); i++) {
            placeholders.append(", $").append(i + 2);
            set.append(i == 0 ? "" : ", ").append(COLUMNS.get(i)).append(" = $").append(i + 2);
        }
        INSERT = "INSERT INTO sessions (session_id, " + String.join(", ", COLUMNS) + ") VALUES (" + placeholders + ")";
        UPDATE = "UPDATE sessions SET " + set + " WHERE session_id = $1";
    }

    private record Pending(SessionRecord fold, List<SessionEvent> events, Instant at, boolean isNew) {
    }

    private final ZoneId zone;
    private final Map<String, Pending> pending = new LinkedHashMap<>();
    private final DeferredRows rows;

    private SessionRows(ZoneId zone, DeferredRows rows) {
        this.zone = zone;
        this.rows = rows;
    }

    /** This transaction's session rows; written just before its deferred rows. */
    static SessionRows of(WriteScope scope, ZoneId zone) {
        return scope.attachment(SessionRows.class, () -> {
            SessionRows created = new SessionRows(zone, scope.later());
            scope.beforeFlush(() -> reactor.core.publisher.Mono.fromRunnable(created::queue));
            return created;
        });
    }

    /** The session's state after {@code events}; {@code isNew} when its first event is in this transaction. */
    void touched(SessionRecord fold, List<SessionEvent> events, Instant at, boolean isNew) {
        Pending before = pending.get(fold.sessionId());
        pending.put(fold.sessionId(), new Pending(fold, events, at, isNew || (before != null && before.isNew())));
    }

    private void queue() {
        for (Pending p : pending.values()) {
            Object[] values = values(p.fold(), p.events(), p.at());
            rows.add(p.isNew() ? INSERT : UPDATE, values);
            caseOf(p.fold(), p.at());
        }
    }

    private Object[] values(SessionRecord fold, List<SessionEvent> events, Instant at) {
        CaseRequest request = fold.request();
        String caseNumber = caseNumber(fold);
        List<Object> v = new ArrayList<>(COLUMNS.size() + 1);
        v.add(fold.sessionId());
        v.add(request.kioskId());
        v.add(text(request.kioskName()));
        v.add(text(request.district()));
        v.add(text(request.skill()));
        v.add(text(request.itemCode()));
        v.add(text(request.departmentCode()));
        v.add(text(caseNumber));
        v.add(text(request.priority() == null ? null : request.priority().name()));
        v.add(utc(request.requestedAt()));
        v.add(request.requestedAt().atZone(zone).toLocalDate());
        v.add(time(fold.acceptedAt()));
        v.add(time(fold.connectedAt()));
        v.add(time(fold.endedAt()));
        v.add(text(fold.expertId()));
        v.add(text(fold.servedBy().isEmpty() ? null : String.join(",", fold.servedBy())));
        v.add((int) events.stream().filter(e -> e.kind() == SessionEvent.Kind.TRANSFERRED).count());
        v.add(text(fold.endedBy() == null ? null : fold.endedBy().name()));
        v.add(text(fold.endReason() == null ? null : fold.endReason().name()));
        v.add(number(millisBetween(request.requestedAt(), fold.acceptedAt())));
        v.add(number(millisBetween(fold.connectedAt(), fold.endedAt())));
        v.add(text(fold.outcome() == null ? null : fold.outcome().outcome().name()));
        v.add(time(fold.outcomeAt()));
        v.add(fold.outcome() == null ? new DeferredRows.Null(Integer.class) : (Object) fold.outcome().missingDocuments().size());
        v.add(text(fold.rating() == null ? null : fold.rating().name()));
        v.add(events.size());
        v.add(utc(at));
        return v.toArray();
    }

    /** The case the session is about, once a case number is known (the request's, or the outcome's). */
    private void caseOf(SessionRecord fold, Instant at) {
        String caseNumber = caseNumber(fold);
        if (caseNumber == null || caseNumber.isBlank()) {
            return;
        }
        CaseRequest request = fold.request();
        rows.add("INSERT INTO cases (case_number, item_code, department_code, district, kiosk_id, first_session,"
                        + " created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING",
                caseNumber, text(request.itemCode()), text(request.departmentCode()), text(request.district()),
                request.kioskId(), fold.sessionId(), utc(at));
    }

    private static String caseNumber(SessionRecord fold) {
        return fold.outcome() != null && fold.outcome().caseNumber() != null
                ? fold.outcome().caseNumber() : fold.request().caseNumber();
    }

    private static Object text(String value) {
        return value == null ? new DeferredRows.Null(String.class) : value;
    }

    private static Object time(Instant value) {
        return value == null ? new DeferredRows.Null(OffsetDateTime.class) : utc(value);
    }

    private static Object number(Long value) {
        return value == null ? new DeferredRows.Null(Long.class) : value;
    }

}
